import { useState } from 'react';
import { saveBlob } from '../../components/saveBlob';
import type { DownloadedFile } from './commissionApi';

/** Fetches a file with the user's token and saves it, saying which one is on its way and whether it failed. */
export function useDownload<Key extends string>() {
  const [running, setRunning] = useState<Key | null>(null);
  const [failed, setFailed] = useState(false);
  return {
    running,
    failed,
    dismiss: () => setFailed(false),
    download: async (key: Key, fetchFile: () => Promise<DownloadedFile>) => {
      setRunning(key);
      setFailed(false);
      try {
        const { blob, fileName } = await fetchFile();
        saveBlob(blob, fileName);
      } catch {
        setFailed(true);
      } finally {
        setRunning(null);
      }
    },
  };
}
