/** The colour theme: follows the system until the user picks one, and remembers that pick. */
import { useCallback, useEffect, useSyncExternalStore } from 'react';

import type { Theme } from '../../graph/stylesheet';

const STORAGE_KEY = 'actor-graph.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage can be refused (private windows, embedded frames)
  }
}

const listeners = new Set<() => void>();
/** The pick of this visit, which holds even where storage refuses to keep it. */
let chosenTheme: Theme | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', listener);
  };
}

function currentTheme(): Theme {
  return (
    chosenTheme ?? storedTheme() ?? (window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light')
  );
}

/** The active theme and a function that switches it and remembers the choice. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as Theme);
  const setTheme = useCallback((next: Theme) => {
    chosenTheme = next;
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across visits, but still applied for this one.
    }
    listeners.forEach((listener) => listener());
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return [theme, setTheme];
}
