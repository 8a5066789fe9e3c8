import { tartu } from '../../test/data';
import { callSummary } from '../calls/testData';
import type { Nomination } from './api';

/** Fixtures of the nomination screens' tests: a student of IHSM nominated to Tartu. */
export const CALL_ID = callSummary.id;

export const nomination: Nomination = {
  id: 'a0a1b000-0000-4000-8000-000000000001',
  direction: 'OUTGOING',
  status: 'NOMINATED',
  applicationId: 'app-1',
  callId: CALL_ID,
  partnerInstitutionId: tartu.id,
  agreementId: 'a9e5d000-0000-4000-8000-000000000009',
  flowType: 'STUDENT_STUDIES',
  academicYear: '2026/2027',
  mobilityType: 'STUDENT_STUDIES',
  participant: {
    givenName: 'Asel',
    familyName: 'Mamytova',
    email: 'asel@example.kg',
    dateOfBirth: '2003-05-14',
    eqfLevel: 7,
    studyProgramme: 'General Medicine',
    languages: [{ language: 'en', cefrLevel: 'B2' }],
  },
  plannedStart: '2027-02-01',
  plannedEnd: '2027-06-30',
  documents: [
    {
      id: 'd0c00000-0000-4000-8000-000000000001',
      type: 'TRANSCRIPT_OF_RECORDS',
      fileName: 'transcript.pdf',
      contentType: 'application/pdf',
      sizeBytes: 182044,
      sha256: 'ab'.repeat(32),
      uploadedAt: '2027-03-01T06:00:00Z',
    },
  ],
  overrideReason: 'Tartu agreed to a third student by e-mail',
  version: 2,
  createdAt: '2027-04-22T06:00:00Z',
  updatedAt: '2027-04-23T06:00:00Z',
  timeline: [
    {
      at: '2027-04-22T06:00:00Z',
      actor: 'Gulnara Sydykova',
      kind: 'NOMINATED',
      toStatus: 'NOMINATED',
      detail: { overCapacity: true },
    },
    {
      at: '2027-04-23T06:00:00Z',
      actor: 'Gulnara Sydykova',
      kind: 'PERIOD_CHANGED',
      fromStatus: 'NOMINATED',
      toStatus: 'NOMINATED',
      detail: {
        fromStart: '2027-01-15',
        fromEnd: '2027-06-30',
        start: '2027-02-01',
        end: '2027-06-30',
      },
    },
  ],
};

/** What the screens read beside the nominations: the directory's names and the call titles. */
export const namesRoutes = {
  'GET /api/v1/institutions': { items: [tartu], page: 0, size: 200, total: 1 },
  'GET /api/v1/calls': { items: [callSummary], page: 0, size: 200, total: 1 },
};
