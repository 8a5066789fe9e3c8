import { ApiProblem } from '../../api/problem';
import { accessToken } from '../../auth/userManager';
import type { MyApplicationDocument } from './api';

interface Upload {
  applicationId: string;
  file: File;
  type: string;
  otherLabel?: string;
  /** Called with the share sent so far, 0 to 1. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}

export class UploadAborted extends Error {
  constructor() {
    super('upload aborted');
    this.name = 'UploadAborted';
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Uploads a document with XMLHttpRequest, which reports upload progress (fetch does not), with the
 * bearer token the API client sends. A refusal becomes an {@link ApiProblem} as with the client.
 */
export async function uploadDocument({
  applicationId,
  file,
  type,
  otherLabel,
  onProgress,
  signal,
}: Upload): Promise<MyApplicationDocument> {
  const token = await accessToken();
  const body = new FormData();
  body.append('file', file, file.name);
  body.append('type', type);
  if (otherLabel) body.append('otherLabel', otherLabel);

  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(
      'POST',
      `${window.location.origin}/api/v1/me/applications/${encodeURIComponent(applicationId)}/documents`,
    );
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const answer = parse(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve(answer as MyApplicationDocument);
      } else {
        reject(new ApiProblem(request.status, answer));
      }
    };
    request.onerror = () => reject(new ApiProblem(0, undefined));
    request.onabort = () => reject(new UploadAborted());
    signal?.addEventListener('abort', () => request.abort());
    request.send(body);
  });
}
