// Saves text or a data URL as a file through a temporary link (no server involved).
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type }));
}

export async function downloadDataUrl(name: string, dataUrl: string): Promise<void> {
  const response = await fetch(dataUrl);
  downloadBlob(name, await response.blob());
}
