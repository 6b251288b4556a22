/**
 * From a selection in the drawn text back to a span of the text: every piece of text is a span
 * with `data-offset`, its start in the text, holding one text node.
 */
import type { TextSpan } from '../../coder/types';

function pieceOf(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-offset]') ?? null;
}

function offsetAttribute(element: Element): number {
  return Number((element as HTMLElement).dataset.offset);
}

/** The offset in the text of a selection boundary (a node and an offset in it). */
export function textOffsetOf(container: Element, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = pieceOf(node);
    return piece && container.contains(piece) ? offsetAttribute(piece) + offset : null;
  }
  if (!(node instanceof Element) || !container.contains(node)) return null;
  const own = pieceOf(node);
  if (own) return offsetAttribute(own) + (offset > 0 ? (own.textContent?.length ?? 0) : 0);
  // A boundary between children: the start of the next piece, or the end of the last before it.
  const after = node.childNodes[offset];
  const following = after instanceof Element ? after.querySelector('[data-offset]') : null;
  if (after instanceof Element && after.matches('[data-offset]')) return offsetAttribute(after);
  if (following) return offsetAttribute(following);
  const pieces = node.querySelectorAll('[data-offset]');
  const last = pieces[pieces.length - 1];
  return last ? offsetAttribute(last) + (last.textContent?.length ?? 0) : null;
}

/** The span of the text the selection covers inside `container`, trimmed of spaces; null if none. */
export function selectedSpan(container: Element, text: string, selection: Selection | null) {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = textOffsetOf(container, range.startContainer, range.startOffset);
  const end = textOffsetOf(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  const words = text.slice(start, end);
  const lead = words.length - words.trimStart().length;
  const trimmed = words.trim();
  if (trimmed === '') return null;
  return { start: start + lead, end: start + lead + trimmed.length } satisfies TextSpan;
}
