/**
 * Hands bytes to the browser as a download. An object URL and a link with `download` work
 * served from a host and opened from disk (file://) alike, with no server involved.
 */
export function saveFile(content: string | Uint8Array, name: string, type: string): void {
  // A Uint8Array over a plain ArrayBuffer is a valid BlobPart; TypeScript cannot tell it from a shared one.
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const csvType = 'text/csv;charset=utf-8';
