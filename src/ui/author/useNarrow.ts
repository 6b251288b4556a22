/** Whether the screen is phone-narrow, where the review's panes become tabs. */
import { useSyncExternalStore } from 'react';

const NARROW = '(max-width: 700px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(NARROW);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/** True at phone width (700 px or less); false where the browser cannot tell. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(NARROW).matches ?? false,
    () => false,
  );
}
