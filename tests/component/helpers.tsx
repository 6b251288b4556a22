/** Shared set-up for component tests: the real dataset and a render that returns a user. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';

import { realDataset } from '../unit/realDataset';

export const dataset = realDataset();

/** Renders a component and returns a user-event session bound to it. */
export function renderWithUser(ui: ReactElement) {
  const user = userEvent.setup();
  return { user, ...render(ui) };
}
