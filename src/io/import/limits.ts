/**
 * The limits of the import, in one dependency-free module so the page can check a file's size
 * (and quote the limits) without loading any parser.
 */
import type { ImportProblem } from './types';

const MB = 1024 * 1024;

/**
 * The largest file the import reads. A graph file this size already holds hundreds of thousands
 * of elements, more than a readable drawing; anything larger is most likely dropped by mistake.
 */
export const MAX_IMPORT_BYTES = 50 * MB;

/** The longest text kept in one field (a label, a cell, an attribute); longer text is cut. */
export const MAX_FIELD_LENGTH = 100_000;

/** The most attributes kept per node or edge (a spreadsheet's extra columns, a file's keys). */
export const MAX_ATTRIBUTES = 200;

/** A size in megabytes for messages: "300 MB", "50.5 MB", "0.2 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / MB;
  const rounded = mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10;
  return `${rounded} MB`;
}

/**
 * Checks a file's size before any of it is read (the page passes `file.size`): a problem saying
 * the size and the limit, or null when the file may be read.
 */
export function checkSize(byteLength: number, fileName = ''): ImportProblem | null {
  if (byteLength <= MAX_IMPORT_BYTES) return null;
  return {
    where: { file: fileName },
    message: `This file is ${formatMegabytes(byteLength)}; Actor Graph opens files up to ${formatMegabytes(MAX_IMPORT_BYTES)}. Nothing was read.`,
    action: 'refused',
  };
}
