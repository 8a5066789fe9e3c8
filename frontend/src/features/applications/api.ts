import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type ApplicationStatus = Schemas['ApplicationStatus'];
export type EligibilityDecision = Schemas['EligibilityDecision'];
export type MyApplication = Schemas['MyApplication'];
export type MyApplicationChecklistItem = Schemas['MyApplicationChecklistItem'];
export type MyApplicationChecklistProblem = Schemas['MyApplicationChecklistProblem'];
export type MyApplicationDocument = Schemas['MyApplicationDocument'];
export type MyApplicationEvent = Schemas['MyApplicationEvent'];
export type MyApplicationInput = Schemas['MyApplicationInput'];
export type MyApplicationSummary = Schemas['MyApplicationSummary'];

const client = api;

export const MY_APPLICATIONS_KEY = ['me', 'applications'] as const;
export const applicationKey = (id: string) => ['me', 'applications', id] as const;

export function useMyApplications() {
  return useQuery({
    queryKey: MY_APPLICATIONS_KEY,
    queryFn: () => unwrap(client.GET('/api/v1/me/applications')),
  });
}

export function useMyApplication(id: string) {
  return useQuery({
    queryKey: applicationKey(id),
    queryFn: () => fetchApplication(id),
  });
}

/** The person's application for the call: a new draft, or the one they already have. */
export function openApplication(callId: string): Promise<MyApplication> {
  return unwrap(client.POST('/api/v1/me/applications', { body: { callId } }));
}

export function saveDraft(id: string, body: MyApplicationInput): Promise<MyApplication> {
  return unwrap(client.PUT('/api/v1/me/applications/{id}', { params: { path: { id } }, body }));
}

export function submitApplication(id: string): Promise<MyApplication> {
  return unwrap(client.POST('/api/v1/me/applications/{id}/submit', { params: { path: { id } } }));
}

export function withdrawApplication(id: string): Promise<MyApplication> {
  return unwrap(client.POST('/api/v1/me/applications/{id}/withdraw', { params: { path: { id } } }));
}

export async function deleteDocument(id: string, documentId: string): Promise<void> {
  await unwrap(
    client.DELETE('/api/v1/me/applications/{id}/documents/{documentId}', {
      params: { path: { id, documentId } },
    }),
  );
}

/** The uploaded file, fetched with the bearer token (a plain link would go without it). */
export function fetchDocument(id: string, documentId: string, inline: boolean): Promise<Blob> {
  return unwrap<Blob>(
    client.GET('/api/v1/me/applications/{id}/documents/{documentId}', {
      params: { path: { id, documentId }, query: inline ? { inline: true } : undefined },
      parseAs: 'blob',
    }),
  );
}

/** The signed-in applicant's e-mail, where receipts go (the profile's query, shared cache). */
export function useReceiptEmail(enabled: boolean) {
  return useQuery({
    queryKey: ['me', 'profile'],
    queryFn: () => unwrap(api.GET('/api/v1/me/profile')),
    enabled,
    select: (profile) => profile.email,
  });
}

export function fetchApplication(id: string): Promise<MyApplication> {
  return unwrap(client.GET('/api/v1/me/applications/{id}', { params: { path: { id } } }));
}
