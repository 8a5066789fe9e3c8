import type {
  Call,
  CallEligibility,
  CallSummary,
  Criterion,
  RankingRules,
  PublicCall,
  RequiredDocument,
} from './api';

export const tartuPartner = {
  id: '0b6f3c1e-1d2a-4c0e-9a11-000000000002',
  name: 'University of Tartu',
  otherNames: { ru: 'Тартуский университет' },
  countryCode: 'EE',
  countryName: 'Estonia',
  city: 'Tartu',
};

export const milanPartner = {
  id: '0b6f3c1e-1d2a-4c0e-9a11-000000000003',
  name: 'University of Milan',
  otherNames: {},
  countryCode: 'IT',
  countryName: 'Italy',
  city: 'Milan',
};

const schedule = {
  opensAt: '2027-01-15T03:00:00Z',
  deadline: '2027-03-31T17:59:59Z',
  timeZone: 'Asia/Bishkek',
  opensAtLocal: '2027-01-15T09:00:00+06:00',
  deadlineLocal: '2027-03-31T23:59:59+06:00',
  acceptingApplications: true,
};

const rules: {
  eligibility: CallEligibility;
  documents: RequiredDocument[];
  criteria: Criterion[];
  ranking: RankingRules;
} = {
  eligibility: {
    eqfLevels: [6, 7],
    minimumYearOfStudy: 2,
    minimumGrade: { value: 4, scaleMax: 5 },
    languages: [{ language: 'en', cefrLevel: 'B2' }],
    staffCategories: [],
  },
  documents: [
    {
      type: 'MOTIVATION_LETTER' as const,
      label: {},
      mandatory: true,
      formats: ['PDF' as const],
      maxSizeBytes: 5242880,
    },
    {
      type: 'PASSPORT' as const,
      label: {},
      mandatory: false,
      formats: ['PDF' as const, 'JPEG' as const],
      maxSizeBytes: 2097152,
    },
  ],
  criteria: [
    {
      name: { en: 'Grade average', ru: 'Средний балл' },
      weight: 60,
      maxScore: 10,
      kind: 'GRADE_AVERAGE' as const,
    },
    {
      name: { en: 'Motivation letter' },
      weight: 40,
      maxScore: 10,
      kind: 'EVALUATOR' as const,
      description: { en: 'Clear goals for the stay' },
    },
  ],
  ranking: { fewerOpportunitiesFirst: true, minimumTotal: 40 },
};

export const publicCall: PublicCall = {
  id: 'ca11de00-0000-4000-8000-000000000001',
  title: { en: 'Semester exchange 2026/2027', ru: 'Семестровый обмен 2026/2027' },
  description: { en: 'Spend a semester at a partner university.' },
  mobilityType: 'STUDENT_STUDIES',
  duration: { unit: 'MONTHS', minimum: 2, maximum: 12 },
  direction: 'OUTGOING',
  academicYear: '2026/2027',
  places: [
    { partner: tartuPartner, places: 2 },
    { partner: milanPartner, places: 1 },
  ],
  ...rules,
  maxPreferences: 2,
  schedule,
  publishedAt: '2027-01-10T10:00:00Z',
  amendments: [],
};

export const draftCall: Call = {
  id: 'ca11de00-0000-4000-8000-000000000001',
  status: 'DRAFT',
  title: { en: 'Semester exchange 2026/2027' },
  description: { en: 'Spend a semester at a partner university.' },
  mobilityType: 'STUDENT_STUDIES',
  duration: { unit: 'MONTHS', minimum: 2, maximum: 12 },
  direction: 'OUTGOING',
  academicYear: '2026/2027',
  places: [
    { partner: tartuPartner, places: 2, agreementMobilitiesPerYear: 2 },
    {
      partner: milanPartner,
      places: 1,
      overrideReason: 'Milan confirmed one place by e-mail',
    },
  ],
  ...rules,
  maxPreferences: 2,
  schedule: { ...schedule, acceptingApplications: false },
  version: 3,
  createdAt: '2026-12-01T08:00:00Z',
  createdBy: 'coordinator',
  updatedAt: '2026-12-02T08:00:00Z',
  updatedBy: 'coordinator',
};

export const publishedCall: Call = {
  ...draftCall,
  status: 'PUBLISHED',
  publishedAt: '2027-01-10T10:00:00Z',
  publishedBy: 'coordinator',
  schedule,
};

export const callSummary: CallSummary = {
  id: draftCall.id,
  status: 'PUBLISHED',
  title: { en: 'Semester exchange 2026/2027', ru: 'Семестровый обмен 2026/2027' },
  mobilityType: 'STUDENT_STUDIES',
  academicYear: '2026/2027',
  schedule,
  partnerCount: 2,
  totalPlaces: 3,
  version: 3,
  updatedAt: '2026-12-02T08:00:00Z',
};
