import type { Call, ReviewApplication, ReviewApplicationSummary } from './api';

/** Fixtures of the review screens' tests: a study call of IHSM with places at Tartu and Milan. */
export const CALL_ID = 'c0a1b2c3-0000-4000-8000-000000000001';
export const TARTU_ID = '6f1c1a52-3d5e-4c1b-9b0e-2a7d4c1e0001';
export const MILAN_ID = '0b6f3c1e-1d2a-4c0e-9a11-000000000003';
export const APPLICATION_ID = 'a0a0a0a0-0000-4000-8000-000000000042';
export const PDF_ID = 'd0c00000-0000-4000-8000-000000000001';
export const IMAGE_ID = 'd0c00000-0000-4000-8000-000000000002';

const schedule = {
  opensAt: '2027-01-15T03:00:00Z',
  deadline: '2027-03-31T17:59:59Z',
  timeZone: 'Asia/Bishkek',
  opensAtLocal: '2027-01-15T09:00:00+06:00',
  deadlineLocal: '2027-03-31T23:59:59+06:00',
  acceptingApplications: true,
};

export const call: Call = {
  id: CALL_ID,
  status: 'PUBLISHED',
  title: { en: 'Erasmus+ study exchange 2027/2028', ru: 'Обмен Erasmus+ 2027/2028' },
  description: { en: 'Study a semester at a partner university.' },
  mobilityType: 'STUDENT_STUDIES',
  duration: { unit: 'MONTHS', minimum: 2, maximum: 12 },
  direction: 'OUTGOING',
  academicYear: '2027/2028',
  places: [
    {
      partner: {
        id: TARTU_ID,
        name: 'University of Tartu',
        otherNames: {},
        countryCode: 'EE',
        countryName: 'Estonia',
        city: 'Tartu',
      },
      places: 2,
    },
    {
      partner: {
        id: MILAN_ID,
        name: 'University of Milan',
        otherNames: {},
        countryCode: 'IT',
        countryName: 'Italy',
        city: 'Milan',
      },
      places: 1,
    },
  ],
  eligibility: {},
  documents: [],
  criteria: [],
  ranking: { fewerOpportunitiesFirst: false },
  maxPreferences: 2,
  schedule,
  version: 3,
  createdAt: '2026-12-01T08:00:00Z',
  createdBy: 'coordinator',
  updatedAt: '2026-12-01T08:00:00Z',
  updatedBy: 'coordinator',
};

const tartu = { id: TARTU_ID, name: 'University of Tartu', otherNames: {}, countryCode: 'EE' };
const milan = { id: MILAN_ID, name: 'University of Milan', otherNames: {}, countryCode: 'IT' };

export const summary: ReviewApplicationSummary = {
  id: APPLICATION_ID,
  receiptNumber: 'MD-2027-000042',
  applicantName: 'Aizada Toktogulova',
  applicantEmail: 'aizada@example.kg',
  status: 'SUBMITTED',
  eligibility: 'PENDING',
  // 10:30 in Bishkek (UTC+6)
  submittedAt: '2027-02-01T04:30:00Z',
  preferences: [
    { rank: 2, partner: milan },
    { rank: 1, partner: tartu },
  ],
  documentCount: 2,
  version: 0,
};

export function page(items: ReviewApplicationSummary[], total = items.length) {
  return { items, page: 0, size: 20, total };
}

export const application: ReviewApplication = {
  ...summary,
  call: {
    id: CALL_ID,
    title: call.title,
    mobilityType: 'STUDENT_STUDIES',
    academicYear: '2027/2028',
    schedule,
  },
  profile: {
    saved: true,
    fewerOpportunities: false,
    username: 'aizada',
    email: 'aizada@example.kg',
    givenName: 'Aizada',
    familyName: 'Toktogulova',
    dateOfBirth: '2004-03-15',
    citizenship: 'KG',
    phone: '+996 555 123 456',
    studyProgramme: 'General Medicine',
    studyCycle: 7,
    yearOfStudy: 3,
    gradeAverage: 4.3,
    gradeScale: 5,
    languages: [
      { language: 'en', cefrLevel: 'B2' },
      { language: 'ru', cefrLevel: 'C1' },
    ],
    version: 2,
  },
  plannedStart: '2027-09-01',
  plannedEnd: '2028-01-31',
  motivation: 'I want to learn surgery.\nAnd Estonian.',
  documents: [
    {
      id: PDF_ID,
      type: 'TRANSCRIPT_OF_RECORDS',
      fileName: 'transcript.pdf',
      contentType: 'application/pdf',
      sizeBytes: 182_044,
      sha256: '1507a01caf3da660335c486526a0eff688cd6d444e9400eb91441cde5f471d80',
      uploadedAt: '2027-01-30T10:00:00Z',
    },
    {
      id: IMAGE_ID,
      type: 'OTHER',
      otherLabel: 'Medical certificate',
      fileName: 'certificate.png',
      contentType: 'image/png',
      sizeBytes: 820,
      sha256: '9c0ffee0000000000000000000000000000000000000000000000000000000aa',
      uploadedAt: '2027-01-30T10:05:00Z',
    },
  ],
  timeline: [
    { at: '2027-01-20T09:00:00Z', actor: 'aizada', kind: 'CREATED' },
    { at: '2027-02-01T04:30:00Z', actor: 'aizada', kind: 'SUBMITTED' },
  ],
};

export const countries = [
  {
    code: 'KG',
    name: 'Kyrgyzstan',
    names: { en: 'Kyrgyzstan', ru: 'Киргизия', ky: 'Кыргызстан', kk: 'Қырғызстан' },
    side: 'PARTNER',
    callYear: 2027,
    partnerRegion: 6,
  },
];

export const languages = [
  {
    code: 'en',
    name: 'English',
    names: { en: 'English', ru: 'английский', ky: 'англисче', kk: 'ағылшын' },
  },
  {
    code: 'ru',
    name: 'Russian',
    names: { en: 'Russian', ru: 'русский', ky: 'орусча', kk: 'орыс' },
  },
];

/** The reference data the detail page names countries and languages with. */
export const referenceRoutes = {
  'GET /api/v1/reference/countries': countries,
  'GET /api/v1/reference/languages': languages,
};
