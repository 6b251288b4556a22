/** Saves text as a file through the browser's download, without any server. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "connections.csv" → "connections": the stem for files derived from it. */
export function stemOf(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || 'data';
}
