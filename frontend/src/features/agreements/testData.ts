import { tartu } from '../../test/data';
import type { Institution } from '../institutions/api';
import type { AcademicYear, CefrLevel, IscedField, SpokenLanguage } from '../reference';
import type { Agreement, AgreementDiff, AgreementFlow, AgreementSummary } from './api';

/** Fixtures of the agreement screens' tests: the demo agreement of IHSM with Tartu. */
export const HOME_ID = '0b6f3c1e-1d2a-4c0e-9a11-000000000001';
export const TARTU_ID = tartu.id;

export const home: Institution = {
  ...tartu,
  id: HOME_ID,
  name: 'International Higher School of Medicine',
  otherNames: {},
  erasmusCode: undefined,
  countryCode: 'KG',
  countryName: 'Kyrgyzstan',
  city: 'Bishkek',
};

export const milan: Institution = {
  ...tartu,
  id: '0b6f3c1e-1d2a-4c0e-9a11-000000000003',
  name: 'Università degli Studi di Milano',
  otherNames: { en: 'University of Milan' },
  erasmusCode: 'I  MILANO01',
  countryCode: 'IT',
  countryName: 'Italy',
  city: 'Milan',
};

const HASH_1 = '1507a01caf3da660335c486526a0eff688cd6d444e9400eb91441cde5f471d80';
const HASH_2 = '9c0ffee0000000000000000000000000000000000000000000000000000000aa';

/** The flows of the version in force. */
const FLOWS: AgreementFlow[] = [
  {
    mobilityType: 'STUDENT_STUDIES',
    sendingInstitutionId: HOME_ID,
    receivingInstitutionId: TARTU_ID,
    firstAcademicYear: '2024/2025',
    lastAcademicYear: '2027/2028',
    mobilitiesPerYear: 2,
    totalMonthsPerYear: 10,
    subjectAreas: [{ iscedCode: '0912', clarification: 'dentistry' }, { iscedCode: '0913' }],
    eqfLevels: [6, 7],
    languageSkills: [
      { language: 'en', cefrLevel: 'B2', iscedCode: '0912' },
      { language: 'et', cefrLevel: 'A1' },
    ],
    blendedAllowed: true,
    otherTerms: 'Tuition waived at the host',
  },
  {
    mobilityType: 'STAFF_TEACHING',
    sendingInstitutionId: TARTU_ID,
    receivingInstitutionId: HOME_ID,
    firstAcademicYear: '2024/2025',
    lastAcademicYear: '2027/2028',
    mobilitiesPerYear: 2,
    totalDaysPerYear: 10,
    subjectAreas: [{ iscedCode: '0912' }],
    eqfLevels: [],
    languageSkills: [{ language: 'ru', cefrLevel: 'B1' }],
    blendedAllowed: false,
  },
];

export const agreement: Agreement = {
  id: 'a9e5d000-0000-4000-8000-000000000007',
  homeInstitutionId: HOME_ID,
  homeInstitutionName: home.name,
  partnerInstitutionId: TARTU_ID,
  partnerInstitutionName: 'University of Tartu',
  home: {
    localId: 'IHSM-IIA-2024-01',
    signerName: 'IHSM Rector',
    signerEmail: 'rector@ihsm.kg',
    signingDate: '2024-04-15',
    contacts: [{ name: 'International Office', email: 'iro@ihsm.kg' }],
  },
  partner: { localId: 'UT-ICM-2024-07', signingDate: '2024-05-02', contacts: [] },
  firstAcademicYear: '2024/2025',
  lastAcademicYear: '2027/2028',
  endsOn: '2028-08-31',
  notes: 'Renewal of the 2016 agreement',
  projects: [
    {
      id: '5a1e7c20-7b0e-4f3a-8c11-000000000001',
      reference: '2024-1-EE01-KA171-HED-000123456',
      callYear: 2024,
      status: 'ONGOING',
    },
  ],
  status: 'IN_FORCE',
  flows: FLOWS,
  conditionsNumber: 1,
  contentHash: HASH_1,
  amendment: {
    status: 'DRAFT',
    conditionsNumber: 2,
    contentHash: HASH_2,
    firstAcademicYear: '2024/2025',
    lastAcademicYear: '2027/2028',
    endsOn: '2028-08-31',
    flows: [{ ...FLOWS[0], totalMonthsPerYear: 12 }, FLOWS[1]],
  },
  expiringSoon: false,
  versions: [
    { number: 1, contentHash: HASH_1, createdAt: '2024-04-01T08:00:00Z', createdBy: 'demo' },
    { number: 2, contentHash: HASH_2, createdAt: '2026-11-20T10:15:00Z', createdBy: 'coordinator' },
  ],
  transitions: [
    {
      at: '2024-04-01T08:00:00Z',
      actor: 'demo',
      action: 'CREATE',
      toStatus: 'DRAFT',
      conditionsNumber: 1,
      contentHash: HASH_1,
    },
    {
      at: '2024-05-02T08:00:00Z',
      actor: 'partner-tartu',
      action: 'APPROVE',
      fromStatus: 'SIGNED_BY_HOME',
      toStatus: 'IN_FORCE',
      conditionsNumber: 1,
      contentHash: HASH_1,
      comment: 'Welcome back',
    },
    {
      at: '2026-11-20T10:15:00Z',
      actor: 'coordinator',
      action: 'EDIT_CONDITIONS',
      fromStatus: 'IN_FORCE',
      toStatus: 'IN_FORCE',
      amendment: 'DRAFT',
      conditionsNumber: 2,
      contentHash: HASH_2,
    },
  ],
  version: 5,
  updatedAt: '2026-11-20T10:15:00Z',
};

/** The same agreement in force, as approved, before the amendment. */
export const inForce: Agreement = {
  ...agreement,
  amendment: undefined,
  versions: agreement.versions.slice(0, 1),
  transitions: agreement.transitions.slice(0, 2),
};

export const summary: AgreementSummary = {
  id: agreement.id,
  partnerInstitutionId: TARTU_ID,
  partnerName: 'University of Tartu',
  firstAcademicYear: '2024/2025',
  lastAcademicYear: '2027/2028',
  endsOn: '2028-08-31',
  status: 'IN_FORCE',
  flowCount: 2,
  mobilityTypes: ['STAFF_TEACHING', 'STUDENT_STUDIES'],
  expiringSoon: true,
  conditionsNumber: 1,
  contentHash: HASH_1,
  version: 5,
  updatedAt: '2026-11-20T10:15:00Z',
};

export const diff: AgreementDiff = {
  from: 1,
  to: 2,
  fromHash: HASH_1,
  toHash: HASH_2,
  changes: [],
  flows: [
    {
      kind: 'CHANGED',
      mobilityType: 'STUDENT_STUDIES',
      sendingInstitutionId: HOME_ID,
      receivingInstitutionId: TARTU_ID,
      changes: [
        { field: 'totalMonthsPerYear', before: '10', after: '12' },
        { field: 'blendedAllowed', before: 'no', after: 'yes' },
      ],
    },
    {
      kind: 'ADDED',
      mobilityType: 'STAFF_TRAINING',
      sendingInstitutionId: HOME_ID,
      receivingInstitutionId: TARTU_ID,
      changes: [{ field: 'totalDaysPerYear', after: '7' }],
    },
  ],
};

export const academicYears: AcademicYear[] = [2024, 2025, 2026, 2027, 2028, 2029].map((year) => ({
  code: `${year}/${year + 1}`,
  startDate: `${year}-09-01`,
  endDate: `${year + 1}-08-31`,
}));

export const iscedFields: IscedField[] = [
  { code: '091', level: 'narrow', name: 'Health' },
  { code: '0912', level: 'detailed', name: 'Medicine', parentCode: '091' },
  { code: '0913', level: 'detailed', name: 'Nursing and midwifery', parentCode: '091' },
];

const names = (en: string, ru: string) => ({ en, ru, ky: ru, kk: ru });
export const languages: SpokenLanguage[] = [
  { code: 'en', name: 'English', names: names('English', 'Английский') },
  { code: 'et', name: 'Estonian', names: names('Estonian', 'Эстонский') },
  { code: 'ru', name: 'Russian', names: names('Russian', 'Русский') },
];

export const cefrLevels: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((code) => ({
  code,
  name: code,
}));

/** The reference data and directory every agreement screen reads. */
export const referenceRoutes = {
  'GET /api/v1/reference/academic-years': academicYears,
  'GET /api/v1/reference/isced-fields': iscedFields,
  'GET /api/v1/reference/languages': languages,
  'GET /api/v1/reference/cefr-levels': cefrLevels,
  'GET /api/v1/home-institution': home,
  'GET /api/v1/institutions': { items: [home, tartu, milan], page: 0, size: 200, total: 3 },
  'GET /api/v1/projects': {
    items: [
      {
        id: '5a1e7c20-7b0e-4f3a-8c11-000000000009',
        reference: '2025-1-EE01-KA171-HED-000000042',
        callYear: 2025,
        beneficiary: {
          id: TARTU_ID,
          name: 'University of Tartu',
          countryCode: 'EE',
          city: 'Tartu',
        },
        startDate: '2025-08-01',
        endDate: '2027-07-31',
        status: 'ONGOING',
        partnerCount: 1,
        totalAllocated: 1000,
      },
    ],
    page: 0,
    size: 200,
    total: 1,
  },
};
