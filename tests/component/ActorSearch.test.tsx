import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { explainHidden } from '../../src/domain/hiddenReason';
import { defaultView } from '../../src/domain/view';
import { ActorSearch, suggestActors } from '../../src/ui/search/ActorSearch';
import { hiddenShort } from '../../src/ui/view/hiddenText';
import { dataset, renderWithUser } from './helpers';

describe('ActorSearch', () => {
  it('suggests Ukraine for "Kyiv" and chooses it with Enter', async () => {
    const onChoose = vi.fn();
    const { user } = renderWithUser(<ActorSearch actors={dataset.actors} onChoose={onChoose} />);
    const input = screen.getByRole('combobox', { name: 'Find an actor' });
    await user.type(input, 'Kyiv');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Ukraine (Kyiv)',
    ]);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith('ukraine');
    expect(input).toHaveValue('Ukraine');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves through suggestions with the arrow keys', async () => {
    const onChoose = vi.fn();
    const { user } = renderWithUser(<ActorSearch actors={dataset.actors} onChoose={onChoose} />);
    await user.type(screen.getByRole('combobox'), 'south');
    const labels = screen.getAllByRole('option').map((option) => option.textContent);
    expect(labels).toEqual(['South Africa', 'President of South Africa']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChoose).toHaveBeenCalledWith('south-africa-president');
  });

  it('says so when nothing matches, and Escape closes the list', async () => {
    const { user } = renderWithUser(<ActorSearch actors={dataset.actors} onChoose={vi.fn()} />);
    await user.type(screen.getByRole('combobox'), 'Atlantis');
    expect(screen.getByRole('status')).toHaveTextContent('No actor matches “Atlantis”');
    await user.clear(screen.getByRole('combobox'));
    await user.type(screen.getByRole('combobox'), 'rus');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('ranks names that start with the text first and ignores accents and case', () => {
    expect(suggestActors(dataset.actors, 'ZELENSKY').map((s) => s.actor.id)).toEqual(['zelenskyy']);
    expect(suggestActors(dataset.actors, 'kremlin')[0]?.via).toBe('the Kremlin');
    expect(suggestActors(dataset.actors, '   ')).toEqual([]);
  });
});

describe('ActorSearch with filters on', () => {
  it('still finds a filtered-out actor, marked with the reason it is hidden', async () => {
    const view = defaultView(dataset.id);
    const whyHidden = (id: string) => {
      const explanation = explainHidden(dataset, view, { kind: 'actor', id });
      return explanation ? hiddenShort(explanation.reasons) : null;
    };
    const { user } = renderWithUser(
      <ActorSearch actors={dataset.actors} whyHidden={whyHidden} onChoose={vi.fn()} />,
    );
    await user.type(screen.getByRole('combobox'), 'TASS');
    expect(screen.getByRole('option')).toHaveTextContent('TASS · hidden: no visible relation');
    expect(screen.getByRole('option')).not.toHaveTextContent('filters');
    await user.clear(screen.getByRole('combobox'));
    await user.type(screen.getByRole('combobox'), 'Kremlin');
    expect(screen.getByRole('option')).toHaveTextContent('Russia (the Kremlin)');
    expect(screen.getByRole('option')).not.toHaveTextContent('hidden');
  });
});
