/**
 * The words a person has selected in the text, as a span of the text. A selection elsewhere on
 * the page (a click on a toolbar button) leaves it as it was; an empty one in the text clears it.
 * While a mouse or finger is still dragging, nothing changes, so nothing moves under the pointer.
 */
import { type RefObject, useCallback, useEffect, useState } from 'react';

import type { TextSpan } from '../../coder/types';
import { selectedSpan } from './textOffsets';

/** The selected span inside `container` (null when none), where its tools go, and a way to drop it. */
export function useTextSelection(container: RefObject<HTMLElement | null>, text: string) {
  const [span, setSpan] = useState<TextSpan | null>(null);
  /** Where the tools go so as not to cover the words: under them when they are high up. */
  const [place, setPlace] = useState<'top' | 'bottom'>('top');

  useEffect(() => {
    let pressing = false;
    const read = () => {
      const element = container.current;
      const selection = document.getSelection();
      if (pressing || !element || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!element.contains(range.commonAncestorContainer)) return;
      const next = selectedSpan(element, text, selection);
      const words = range.getBoundingClientRect?.();
      const pane = element.closest('.author-pane')?.getBoundingClientRect();
      if (words && pane && pane.height > 0) {
        // The middle of what is in sight of the pane (on a phone the page scrolls, not the pane).
        const middle = (Math.max(pane.top, 0) + Math.min(pane.bottom, window.innerHeight)) / 2;
        setPlace(words.top < middle ? 'bottom' : 'top');
      }
      setSpan((current) =>
        current?.start === next?.start && current?.end === next?.end ? current : next,
      );
    };
    const press = (event: PointerEvent) => {
      if (container.current?.contains(event.target as Node)) pressing = true;
    };
    const release = () => {
      if (!pressing) return;
      pressing = false;
      read();
    };
    document.addEventListener('selectionchange', read);
    document.addEventListener('pointerdown', press);
    document.addEventListener('pointerup', release);
    document.addEventListener('pointercancel', release);
    return () => {
      document.removeEventListener('selectionchange', read);
      document.removeEventListener('pointerdown', press);
      document.removeEventListener('pointerup', release);
      document.removeEventListener('pointercancel', release);
    };
  }, [container, text]);

  const clear = useCallback(() => {
    setSpan(null);
    document.getSelection()?.removeAllRanges();
  }, []);

  return { span, place, clear };
}
