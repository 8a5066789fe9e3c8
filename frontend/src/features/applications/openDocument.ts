import { saveBlob } from '../../components/saveBlob';
import { fetchDocument, type MyApplicationDocument } from './api';

/**
 * Shows or saves an uploaded file. The API needs the bearer token, so the file is fetched and
 * handed to the browser as an object URL. A preview's tab is opened before the fetch, while the
 * click still counts as the user's, so that pop-up blockers let it through.
 */
export async function openDocument(
  applicationId: string,
  document: MyApplicationDocument,
  mode: 'preview' | 'download',
): Promise<void> {
  const preview = mode === 'preview' ? window.open('', '_blank') : null;
  try {
    const blob = await fetchDocument(applicationId, document.id, mode === 'preview');
    if (preview) {
      const url = URL.createObjectURL(blob);
      preview.location.href = url;
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } else {
      saveBlob(blob, document.fileName);
    }
  } catch (error) {
    preview?.close();
    throw error;
  }
}
