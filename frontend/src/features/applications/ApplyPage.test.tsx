import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../test/api';
import { renderPage } from '../../test/render';
import { ApplyPage } from './ApplyPage';
import { CALL_ID, draft } from './testData';

const route = { route: `/calls/${CALL_ID}/apply`, path: '/calls/:id/apply' };

describe('applying to a call', () => {
  it('opens the application for the call and goes on to it', async () => {
    const sent: unknown[] = [];
    mockApi({
      'POST /api/v1/me/applications': async (request) => {
        sent.push(await request.json());
        return json(201, draft);
      },
    });
    renderPage(<ApplyPage />, route);
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(sent).toEqual([{ callId: CALL_ID }]);
  });

  it('says when there is no such open call', async () => {
    mockApi({ 'POST /api/v1/me/applications': () => problem(404, 'Not Found') });
    renderPage(<ApplyPage />, route);
    expect(await screen.findByText('No such open call')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See open calls' })).toHaveAttribute('href', '/calls');
  });

  it('says when the call does not take applications now', async () => {
    mockApi({
      'POST /api/v1/me/applications': () =>
        json(
          409,
          {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'The call closed on 31 March.',
          },
          'application/problem+json',
        ),
    });
    renderPage(<ApplyPage />, route);
    expect(await screen.findByText('This call does not take applications now')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('The call closed on 31 March.')).toBeInTheDocument(),
    );
  });
});
