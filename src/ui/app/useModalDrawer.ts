/**
 * A drawer that is modal while open (the filters on phones and tablets): focus moves into it,
 * Tab and Shift+Tab wrap around inside it, Escape closes it, and closing gives focus back to the
 * button that opened it. The caller makes the rest of the page `inert` while `open` is true and
 * puts a scrim under the drawer that calls `close`.
 */
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';

import { wrapTab } from '../common/focusTrap';

/** `drawerQuery`: the media query under which the drawer exists (wider, it is a plain sidebar). */
export function useModalDrawer(drawerQuery: string) {
  const [open, setOpen] = useState(false);
  /** The button that opens and closes the drawer. */
  const toggleRef = useRef<HTMLButtonElement>(null);
  /** What takes focus when the drawer opens. */
  const initialFocusRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Focus moves after the render that changes `inert`: an inert element cannot take focus.
  useEffect(() => {
    if (open) initialFocusRef.current?.focus();
    else if (wasOpen.current) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  // Widening the window past the breakpoint turns the drawer into a sidebar: it must not leave
  // the rest of the page inert.
  useEffect(() => {
    if (!open) return;
    const query = window.matchMedia?.(drawerQuery);
    if (!query) return;
    const onChange = () => {
      if (!query.matches) setOpen(false);
    };
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [open, drawerQuery]);

  const toggle = useCallback(() => setOpen((current) => !current), []);
  const close = useCallback(() => setOpen(false), []);

  /** For the drawer element: Escape closes, Tab wraps from the last stop to the first and back. */
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!open) return;
      if (event.key === 'Escape') {
        close();
        return;
      }
      wrapTab(event);
    },
    [open, close],
  );

  return { open, toggle, close, onKeyDown, toggleRef, initialFocusRef };
}
