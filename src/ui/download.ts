/** Offers text as a file download, through a Blob and a temporary `<a download>`. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled, so the browser has started reading the Blob.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
