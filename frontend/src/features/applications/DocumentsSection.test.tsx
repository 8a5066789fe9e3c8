import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, requestsOf } from '../../test/api';
import { renderPage } from '../../test/render';
import type { MyApplication } from './api';
import { ApplicationPage } from './ApplicationPage';
import { APPLICATION_ID, draft, PATH, TRANSCRIPT } from './testData';

const route = { route: `/me/applications/${APPLICATION_ID}`, path: '/me/applications/:id' };

/** A stand-in for XMLHttpRequest that the test answers by hand. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | undefined;
  status = 0;
  responseText = '';
  upload: { onprogress?: (event: ProgressEvent) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

function transcriptRow() {
  return within(screen.getByRole('article', { name: 'Transcript of records' }));
}

function fileInput(name: string) {
  return document.querySelector<HTMLInputElement>(`input[type="file"][aria-label="${name}"]`)!;
}

function pdf(name = 'transcript.pdf', size = 2000) {
  return new File([new Uint8Array(size)], name, { type: 'application/pdf' });
}

async function lastUpload() {
  await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
  return FakeXhr.sent[0];
}

describe('the documents of an application', { timeout: 20_000 }, () => {
  beforeEach(() => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });

  it('lists each required document with what it accepts', async () => {
    mockApi({ [`GET ${PATH}`]: draft });
    renderPage(<ApplicationPage />, route);
    await screen.findByRole('heading', { level: 1 });
    expect(transcriptRow().getByText('Required')).toBeInTheDocument();
    expect(transcriptRow().getByText('Accepted: PDF, at most 5 MB')).toBeInTheDocument();
    const other = within(screen.getByRole('article', { name: 'Medical certificate' }));
    expect(other.getByText('Optional')).toBeInTheDocument();
    expect(other.getByText('Accepted: PDF, JPEG, at most 1 MB')).toBeInTheDocument();
  });

  it('uploads with a progress bar, then shows the file with its size and SHA-256', async () => {
    const uploaded: MyApplication = { ...draft, documents: [TRANSCRIPT] };
    let reads = 0;
    const fetch = mockApi({ [`GET ${PATH}`]: () => json(200, reads++ === 0 ? draft : uploaded) });
    renderPage(<ApplicationPage />, route);
    await screen.findByRole('heading', { level: 1 });

    await userEvent.upload(fileInput('Transcript of records'), pdf());
    const xhr = await lastUpload();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toMatch(new RegExp(`${PATH}/documents$`));
    expect(xhr.body?.get('type')).toBe('TRANSCRIPT_OF_RECORDS');
    expect((xhr.body?.get('file') as File).name).toBe('transcript.pdf');

    xhr.progress(40, 100);
    const bar = await transcriptRow().findByRole('progressbar', {
      name: 'Uploading Transcript of records',
    });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '40'));
    expect(transcriptRow().getByText('Uploading… 40%')).toBeInTheDocument();

    xhr.respond(201, TRANSCRIPT);
    expect(await transcriptRow().findByText('transcript.pdf · 179 KB')).toBeInTheDocument();
    expect(transcriptRow().queryByRole('progressbar')).not.toBeInTheDocument();
    expect(transcriptRow().getByText('9f86d081884c…')).toHaveAccessibleName(
      `SHA-256 ${TRANSCRIPT.sha256}`,
    );
    expect(transcriptRow().getByRole('button', { name: 'Copy the full hash' })).toBeInTheDocument();
    expect(
      transcriptRow().getByRole('button', { name: 'Replace Transcript of records' }),
    ).toHaveFocus();
    expect(requestsOf(fetch).filter((request) => request === `GET ${PATH}`)).toHaveLength(2);
  });

  it.each([
    [413, 'The file is too large: at most 5 MB is accepted.'],
    [415, 'This file is not accepted: upload a PDF file.'],
  ])('shows the server refusing an upload with %i beside the row', async (status, message) => {
    mockApi({ [`GET ${PATH}`]: draft });
    renderPage(<ApplicationPage />, route);
    await screen.findByRole('heading', { level: 1 });

    await userEvent.upload(fileInput('Transcript of records'), pdf());
    const xhr = await lastUpload();
    xhr.respond(status, { type: 'about:blank', title: 'Refused', status });
    expect(await transcriptRow().findByRole('alert')).toHaveTextContent(message);
  });

  it('answers a file too large or of another format at once, without uploading', async () => {
    mockApi({ [`GET ${PATH}`]: draft });
    renderPage(<ApplicationPage />, route);
    await screen.findByRole('heading', { level: 1 });

    await userEvent.upload(fileInput('Transcript of records'), pdf('big.pdf', 6 * 1024 * 1024));
    expect(await transcriptRow().findByRole('alert')).toHaveTextContent(
      'The file is 6 MB; at most 5 MB is accepted.',
    );
    const picture = new File([new Uint8Array(10)], 'scan.png', { type: 'image/png' });
    await userEvent.upload(fileInput('Transcript of records'), picture, { applyAccept: false });
    expect(await transcriptRow().findByRole('alert')).toHaveTextContent(
      'This file is not accepted: upload a PDF file.',
    );
    expect(FakeXhr.sent).toEqual([]);
  });

  it('deletes a file after a confirmation', async () => {
    const withFile: MyApplication = { ...draft, documents: [TRANSCRIPT] };
    let deleted = false;
    const fetch = mockApi({
      [`GET ${PATH}`]: () => json(200, deleted ? draft : withFile),
      [`DELETE ${PATH}/documents/${TRANSCRIPT.id}`]: () => {
        deleted = true;
        return new Response(null, { status: 204 });
      },
    });
    renderPage(<ApplicationPage />, route);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete Transcript of records' }),
    );
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete the file?' }));
    expect(
      dialog.getByText(
        'transcript.pdf will be removed from your application (Transcript of records).',
      ),
    ).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    expect(await transcriptRow().findByText('Not uploaded yet')).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(`DELETE ${PATH}/documents/${TRANSCRIPT.id}`);
  });
});
