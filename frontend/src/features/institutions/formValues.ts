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

/** The fields partners and the home institution share: every text field is a string (empty when not given). */
export interface InstitutionFormValues {
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
}

export interface PartnerFormValues extends InstitutionFormValues {
  contacts: ContactValues[];
  notes: string;
}

/** The home institution has no contacts or notes, but the time zone deadlines are entered in. */
export interface HomeFormValues extends InstitutionFormValues {
  timeZone: string | null;
}

export const EMPTY_CONTACT: ContactValues = { name: '', role: '', email: '', phone: '' };

function emptyInstitution(): InstitutionFormValues {
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
  };
}

export function emptyValues(): PartnerFormValues {
  return { ...emptyInstitution(), contacts: [], notes: '' };
}

function institutionValues(institution: Institution): InstitutionFormValues {
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
  };
}

export function toFormValues(institution: Institution): PartnerFormValues {
  return {
    ...institutionValues(institution),
    contacts: (institution.contacts ?? []).map((contact) => ({
      name: contact.name,
      role: contact.role ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
    })),
    notes: institution.notes ?? '',
  };
}

/** The home institution's values, or empty ones before it is configured. */
export function toHomeValues(home?: Institution): HomeFormValues {
  return home
    ? { ...institutionValues(home), timeZone: home.timeZone ?? null }
    : { ...emptyInstitution(), timeZone: null };
}

function optional(value: string): string | undefined {
  return value.trim() || undefined;
}

/**
 * The request body of the shared fields. Names in languages the form does not offer (say Estonian)
 * are kept from the institution being edited.
 */
function institutionInput(values: InstitutionFormValues, editing?: Institution): InstitutionInput {
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
    version: editing?.version,
  };
}

/** The request body for a partner's values. */
export function toInput(values: PartnerFormValues, editing?: Institution): InstitutionInput {
  return {
    ...institutionInput(values, editing),
    contacts: values.contacts.map((contact) => ({
      name: contact.name.trim(),
      role: optional(contact.role),
      email: optional(contact.email),
      phone: optional(contact.phone),
    })),
    notes: optional(values.notes),
  };
}

/** The request body for the home institution, which the API keeps without contacts or notes. */
export function toHomeInput(values: HomeFormValues, editing?: Institution): InstitutionInput {
  return { ...institutionInput(values, editing), contacts: [], timeZone: values.timeZone ?? '' };
}
