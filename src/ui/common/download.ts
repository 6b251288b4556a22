/** Saves text or bytes as a file through the browser's download, from a Blob URL, no server. */

/** Starts the download of `content` named `fileName`; the Blob URL is revoked afterwards. */
export function download(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  // Firefox starts a download only from a link in the document.
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers read the Blob after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "connections.csv" → "connections": the stem for files derived from it. */
export function stemOf(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || 'data';
}
