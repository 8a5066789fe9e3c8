import type { Institution, InstitutionInput } from './api';

/** The languages besides the default name that the form offers a name for. */
export const OTHER_NAME_LANGUAGES = ['ru', 'ky', 'kk'] as const;
type OtherNameLanguage = (typeof OTHER_NAME_LANGUAGES)[number];

export interface ContactValues {
  name: string;
  role: string;
  email: string;
  phone: string;
}

/** The form's values: every text field is a string (empty when not given). */
export interface PartnerFormValues {
  name: string;
  otherNames: Record<OtherNameLanguage, string>;
  erasmusCode: string;
  schacCode: string;
  pic: string;
  countryCode: string | null;
  city: string;
  latitude: number | string;
  longitude: number | string;
  website: string;
  contacts: ContactValues[];
  notes: string;
}

export const EMPTY_CONTACT: ContactValues = { name: '', role: '', email: '', phone: '' };

export function emptyValues(): PartnerFormValues {
  return {
    name: '',
    otherNames: { ru: '', ky: '', kk: '' },
    erasmusCode: '',
    schacCode: '',
    pic: '',
    countryCode: null,
    city: '',
    latitude: '',
    longitude: '',
    website: '',
    contacts: [],
    notes: '',
  };
}

export function toFormValues(institution: Institution): PartnerFormValues {
  const otherNames = institution.otherNames ?? {};
  return {
    name: institution.name,
    otherNames: {
      ru: otherNames.ru ?? '',
      ky: otherNames.ky ?? '',
      kk: otherNames.kk ?? '',
    },
    erasmusCode: institution.erasmusCode ?? '',
    schacCode: institution.schacCode ?? '',
    pic: institution.pic ?? '',
    countryCode: institution.countryCode,
    city: institution.city,
    latitude: institution.latitude,
    longitude: institution.longitude,
    website: institution.website ?? '',
    contacts: (institution.contacts ?? []).map((contact) => ({
      name: contact.name,
      role: contact.role ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
    })),
    notes: institution.notes ?? '',
  };
}

function optional(value: string): string | undefined {
  return value.trim() || undefined;
}

/**
 * The request body for the values. Names in languages the form does not offer (say Estonian)
 * are kept from the institution being edited.
 */
export function toInput(values: PartnerFormValues, editing?: Institution): InstitutionInput {
  const otherNames = Object.fromEntries(
    Object.entries(editing?.otherNames ?? {}).filter(
      ([language]) => !OTHER_NAME_LANGUAGES.some((offered) => offered === language),
    ),
  );
  for (const language of OTHER_NAME_LANGUAGES) {
    const name = optional(values.otherNames[language]);
    if (name) otherNames[language] = name;
  }
  return {
    name: values.name.trim(),
    otherNames,
    erasmusCode: optional(values.erasmusCode),
    schacCode: optional(values.schacCode),
    pic: optional(values.pic),
    countryCode: values.countryCode ?? '',
    city: values.city.trim(),
    latitude: Number(values.latitude),
    longitude: Number(values.longitude),
    website: optional(values.website),
    contacts: values.contacts.map((contact) => ({
      name: contact.name.trim(),
      role: optional(contact.role),
      email: optional(contact.email),
      phone: optional(contact.phone),
    })),
    notes: optional(values.notes),
    version: editing?.version,
  };
}
