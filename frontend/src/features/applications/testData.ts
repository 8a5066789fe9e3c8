import type { MyApplication, MyApplicationSummary } from './api';

export const TARTU = {
  id: '6f1c1a52-3d5e-4c1b-9b0e-2a7d4c1e0001',
  name: 'University of Tartu',
  otherNames: { ru: 'Тартуский университет' },
  countryCode: 'EE',
  countryName: 'Estonia',
  city: 'Tartu',
};
export const RIGA = {
  id: '6f1c1a52-3d5e-4c1b-9b0e-2a7d4c1e0002',
  name: 'University of Latvia',
  otherNames: {},
  countryCode: 'LV',
  countryName: 'Latvia',
  city: 'Riga',
};
export const VILNIUS = {
  id: '6f1c1a52-3d5e-4c1b-9b0e-2a7d4c1e0003',
  name: 'Vilnius University',
  otherNames: {},
  countryCode: 'LT',
  countryName: 'Lithuania',
  city: 'Vilnius',
};

const schedule = {
  opensAt: '2027-01-15T03:00:00Z',
  deadline: '2099-03-31T17:59:59Z',
  timeZone: 'Asia/Bishkek',
  opensAtLocal: '2027-01-15T09:00:00+06:00',
  deadlineLocal: '2099-03-31T23:59:59+06:00',
  acceptingApplications: true,
};

export const APPLICATION_ID = 'a1b2c3d4-0000-4000-8000-000000000001';
export const CALL_ID = 'c0ffee00-0000-4000-8000-000000000001';
export const PATH = `/api/v1/me/applications/${APPLICATION_ID}`;

/** A fresh draft for a long-term studies call with three partners, two choices and two documents. */
export const draft: MyApplication = {
  id: APPLICATION_ID,
  call: {
    id: CALL_ID,
    title: { en: 'Semester abroad 2027', ru: 'Семестр за рубежом 2027' },
    description: { en: 'Study a semester at a partner.' },
    mobilityType: 'STUDENT_STUDIES',
    duration: { unit: 'MONTHS', minimum: 2, maximum: 12 },
    academicYear: '2026/2027',
    maxPreferences: 2,
    places: [
      { partner: TARTU, places: 2 },
      { partner: RIGA, places: 1 },
      { partner: VILNIUS, places: 3 },
    ],
    documents: [
      {
        type: 'TRANSCRIPT_OF_RECORDS',
        mandatory: true,
        formats: ['PDF'],
        maxSizeBytes: 5 * 1024 * 1024,
      },
      {
        type: 'OTHER',
        label: { en: 'Medical certificate', ru: 'Медицинская справка' },
        mandatory: false,
        formats: ['PDF', 'JPEG'],
        maxSizeBytes: 1024 * 1024,
      },
    ],
    schedule,
  },
  status: 'DRAFT',
  preferences: [],
  documents: [],
  checklist: [
    {
      item: 'PROFILE',
      mandatory: true,
      complete: false,
      problems: [
        {
          field: 'checklist.PROFILE',
          message: 'lacks citizenship: complete your profile',
          key: 'application.profile.missing',
          args: { profileField: 'citizenship' },
        },
      ],
    },
    { item: 'ELIGIBILITY', mandatory: true, complete: true, problems: [] },
    {
      item: 'PREFERENCES',
      mandatory: true,
      complete: false,
      problems: [
        {
          field: 'preferences',
          message: 'are missing: rank at least one partner',
          key: 'application.preferences.missing',
          args: {},
        },
      ],
    },
    {
      item: 'PERIOD',
      mandatory: true,
      complete: false,
      problems: [
        {
          field: 'plannedStart',
          message: 'is missing',
          key: 'application.period.missingStart',
          args: {},
        },
      ],
    },
    {
      item: 'MOTIVATION',
      mandatory: true,
      complete: false,
      problems: [
        {
          field: 'motivation',
          message: 'needs a sentence about the host',
          key: 'application.motivation.somethingNew',
          args: {},
        },
      ],
    },
    {
      item: 'DOCUMENT',
      documentType: 'TRANSCRIPT_OF_RECORDS',
      mandatory: true,
      complete: false,
      problems: [
        {
          field: 'documents.TRANSCRIPT_OF_RECORDS',
          message: 'is missing: upload it',
          key: 'application.document.missing',
          args: { type: 'TRANSCRIPT_OF_RECORDS' },
        },
      ],
    },
    {
      item: 'DOCUMENT',
      documentType: 'OTHER',
      otherLabel: 'Medical certificate',
      mandatory: false,
      complete: false,
      problems: [],
    },
  ],
  eligibility: 'PENDING',
  timeline: [{ at: '2027-02-01T08:00:00Z', kind: 'CREATED' }],
  version: 1,
  updatedAt: '2027-02-01T08:00:00Z',
};

export const TRANSCRIPT = {
  id: 'd0c00000-0000-4000-8000-000000000001',
  type: 'TRANSCRIPT_OF_RECORDS' as const,
  fileName: 'transcript.pdf',
  contentType: 'application/pdf',
  sizeBytes: 183_442,
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  uploadedAt: '2027-02-02T10:00:00Z',
};

/** The same draft with everything the checklist needs. */
export const complete: MyApplication = {
  ...draft,
  preferences: [TARTU],
  plannedStart: '2027-09-01',
  plannedEnd: '2028-01-31',
  motivation: 'I want to study at Tartu.',
  documents: [TRANSCRIPT],
  checklist: draft.checklist.map((item) => ({ ...item, complete: true, problems: [] })),
  version: 5,
};

export const submitted: MyApplication = {
  ...complete,
  status: 'SUBMITTED',
  receiptNumber: 'MD-2027-000042',
  submittedAt: '2027-02-03T09:30:00Z',
  timeline: [...draft.timeline, { at: '2027-02-03T09:30:00Z', kind: 'SUBMITTED' }],
  version: 6,
};

export function summaryOf(application: MyApplication): MyApplicationSummary {
  return {
    id: application.id,
    call: {
      id: application.call.id,
      title: application.call.title,
      mobilityType: application.call.mobilityType,
      academicYear: application.call.academicYear,
      schedule: application.call.schedule,
    },
    status: application.status,
    eligibility: application.eligibility,
    receiptNumber: application.receiptNumber,
    submittedAt: application.submittedAt,
    updatedAt: application.updatedAt,
  };
}
