// Some browsers cancel a download whose object URL is revoked while it starts.
const REVOKE_AFTER_MS = 60_000;

/** Saves a fetched file under the name, as a download the browser asks nothing about. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
