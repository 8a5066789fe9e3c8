import { countries as someCountries, tartu } from '../../test/data';
import type { Institution } from '../institutions/api';
import type { Country } from '../reference';
import type { Project, ProjectBudget, ProjectSummary } from './api';

/** Fixtures of the project screens' tests: the demo project of Tartu with IHSM as partner. */
export const ihsm: Institution = {
  ...tartu,
  id: '0b6f3c1e-1d2a-4c0e-9a11-000000000001',
  name: 'International Higher School of Medicine',
  otherNames: { ru: 'Международная высшая школа медицины' },
  erasmusCode: undefined,
  countryCode: 'KG',
  countryName: 'Kyrgyzstan',
  city: 'Bishkek',
};

export const joanneum: Institution = {
  ...tartu,
  id: '0b6f3c1e-1d2a-4c0e-9a11-000000000004',
  name: 'FH JOANNEUM University of Applied Sciences',
  otherNames: {},
  erasmusCode: 'A  GRAZ09',
  countryCode: 'AT',
  countryName: 'Austria',
  city: 'Graz',
};

export const kokshetau: Institution = {
  ...tartu,
  id: '0b6f3c1e-1d2a-4c0e-9a11-000000000007',
  name: 'Abay Myrzakhmetov Kokshetau University',
  otherNames: {},
  erasmusCode: undefined,
  countryCode: 'KZ',
  countryName: 'Kazakhstan',
  city: 'Kokshetau',
};

export const countries: Country[] = [
  ...someCountries,
  {
    code: 'AT',
    name: 'Austria',
    names: { en: 'Austria', ru: 'Австрия', ky: 'Австрия', kk: 'Австрия' },
    side: 'EU',
    callYear: 2026,
    receivingGroup: 1,
  },
  {
    code: 'KZ',
    name: 'Kazakhstan',
    names: { en: 'Kazakhstan', ru: 'Казахстан', ky: 'Казакстан', kk: 'Қазақстан' },
    side: 'PARTNER',
    callYear: 2026,
    partnerRegion: 6,
  },
];

const asProjectInstitution = ({ id, name, otherNames, countryCode, city }: Institution) => ({
  id,
  name,
  otherNames,
  countryCode,
  city,
});

export const project: Project = {
  id: '5a1e7c20-7b0e-4f3a-8c11-000000000001',
  reference: '2024-1-EE01-KA171-HED-000123456',
  callYear: 2024,
  beneficiary: asProjectInstitution({ ...tartu, name: 'University of Tartu' }),
  partners: [asProjectInstitution(ihsm), asProjectInstitution(kokshetau)],
  startDate: '2024-08-01',
  endDate: '2026-07-31',
  durationMonths: 24,
  status: 'ONGOING',
  notes: 'Medicine and public health',
  budget: [
    { region: 6, line: 'INDIVIDUAL_SUPPORT', allocated: 86400 },
    { region: 6, line: 'TRAVEL', allocated: 11600 },
    { region: 6, line: 'ORGANISATIONAL_SUPPORT', allocated: 8500 },
    { region: 6, line: 'INCLUSION_SUPPORT', allocated: 1000 },
  ],
  totalAllocated: 107500,
  version: 2,
  createdAt: '2026-11-20T10:15:00Z',
  createdBy: 'demo',
  updatedAt: '2026-11-21T09:00:00Z',
  updatedBy: 'coordinator',
};

export const summary: ProjectSummary = {
  id: project.id,
  reference: project.reference,
  callYear: project.callYear,
  beneficiary: project.beneficiary,
  startDate: project.startDate,
  endDate: project.endDate,
  status: project.status,
  partnerCount: 2,
  totalAllocated: project.totalAllocated,
};

const figures = (allocated: number, committed = 0, paid = 0) => ({
  allocated,
  committed,
  paid,
  remaining: allocated - committed,
});

export const budget: ProjectBudget = {
  projectId: project.id,
  reference: project.reference,
  rows: [
    { region: 6, line: 'TRAVEL', figures: figures(11600, 2750, 1375) },
    { region: 6, line: 'INDIVIDUAL_SUPPORT', figures: figures(86400, 12000, 6000) },
    { region: 6, line: 'ORGANISATIONAL_SUPPORT', figures: figures(8500) },
    { region: 6, line: 'INCLUSION_SUPPORT', figures: figures(1000) },
    { region: 2, line: 'TRAVEL', figures: figures(500, 700) },
  ],
  lines: [
    { line: 'TRAVEL', figures: figures(12100, 3450, 1375) },
    { line: 'INDIVIDUAL_SUPPORT', figures: figures(86400, 12000, 6000) },
    { line: 'ORGANISATIONAL_SUPPORT', figures: figures(8500) },
    { line: 'INCLUSION_SUPPORT', figures: figures(1000) },
  ],
  total: figures(108000, 15450, 7375),
};
