import type { Country } from '../features/reference';
import type { Institution } from '../features/institutions/api';

export const tartu: Institution = {
  id: '6f1c1a52-3d5e-4c1b-9b0e-2a7d4c1e0001',
  name: 'Tartu Ülikool',
  otherNames: { en: 'University of Tartu', ru: 'Тартуский университет' },
  erasmusCode: 'EE TARTU02',
  schacCode: 'ut.ee',
  pic: '999874682',
  countryCode: 'EE',
  countryName: 'Estonia',
  city: 'Tartu',
  latitude: 58.3811,
  longitude: 26.7198,
  website: 'https://ut.ee',
  status: 'ACTIVE',
  contacts: [{ name: 'Kadri Tamm', role: 'Erasmus coordinator', email: 'exchange@ut.ee' }],
  notes: '<b>not bold</b>',
  version: 3,
  updatedAt: '2026-11-20T10:15:00Z',
};

export const countries: Country[] = [
  {
    code: 'EE',
    name: 'Estonia',
    names: { en: 'Estonia', ru: 'Эстония', ky: 'Эстония', kk: 'Эстония' },
    side: 'EU',
    callYear: 2026,
    receivingGroup: 2,
  },
  {
    code: 'KG',
    name: 'Kyrgyzstan',
    names: { en: 'Kyrgyzstan', ru: 'Киргизия', ky: 'Кыргызстан', kk: 'Қырғызстан' },
    side: 'PARTNER',
    callYear: 2026,
    partnerRegion: 6,
  },
];

export function page(items: Institution[], total = items.length) {
  return { items, page: 0, size: 20, total };
}
