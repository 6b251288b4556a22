import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { parseView } from '../../src/domain/link/viewQuery';
import { LinkNotice } from '../../src/ui/app/LinkNotice';
import { renderWithUser } from './helpers';

const manyUnknown = `?v=1&${Array.from({ length: 60 }, (_, index) => `a${index + 1}=1`).join('&')}`;

describe('LinkNotice', () => {
  it('shows a few problems of a link with many, and the rest on request', async () => {
    const { ignored } = parseView(manyUnknown, 'russia-ukraine-talks');
    expect(ignored).toHaveLength(60);
    const { user } = renderWithUser(<LinkNotice lines={ignored} onDismiss={vi.fn()} />);
    const notice = screen.getByRole('alert');
    expect(within(notice).getAllByRole('listitem')).toHaveLength(3);
    const more = within(notice).getByRole('button', { name: 'and 57 more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(within(notice).getAllByRole('listitem')).toHaveLength(60);
    expect(within(notice).getByText('unknown parameter "a60"')).toBeInTheDocument();
    const fewer = within(notice).getByRole('button', { name: 'Show fewer' });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await user.click(fewer);
    expect(within(notice).getAllByRole('listitem')).toHaveLength(3);
  });

  it('shows every line when only one more would be hidden', () => {
    const lines = ['one', 'two', 'three', 'four'];
    renderWithUser(<LinkNotice lines={lines} onDismiss={vi.fn()} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });
});
