import type { TFunction } from 'i18next';
import {
  OTHER_NAME_LANGUAGES,
  type HomeFormValues,
  type InstitutionFormValues,
  type PartnerFormValues,
} from './formValues';

/** The limits of InstitutionInput in the API contract, checked before anything is sent. */
export const LIMITS = {
  name: 200,
  erasmusCode: 20,
  schacCode: 100,
  city: 100,
  website: 300,
  notes: 4000,
  contacts: 20,
  contactName: 200,
  contactRole: 100,
  contactEmail: 254,
  contactPhone: 50,
};

const ERASMUS_CODE = /^[A-Za-z]{1,3} +[A-Za-z-]{1,9}[0-9]{2}$/;
const SCHAC_CODE = /^[A-Za-z0-9.-]*$/;
const PIC = /^[0-9]{9}$/;
const WEBSITE = /^https?:\/\/\S+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+()./ -]*$/;

interface Rules {
  required?: boolean;
  max?: number;
  /** A pattern the value must match, and the message when it does not. */
  format?: [RegExp, string];
}

type Errors = Record<string, string>;

/** Checks of one field each, writing their message into errors. */
function checks(errors: Errors, t: TFunction) {
  return {
    text: (path: string, value: string, rules: Rules) => {
      const text = value.trim();
      if (!text) {
        if (rules.required) errors[path] = t('validation.required');
      } else if (rules.max !== undefined && text.length > rules.max) {
        errors[path] = t('validation.maxLength', { max: rules.max });
      } else if (rules.format && !rules.format[0].test(text)) {
        errors[path] = rules.format[1];
      }
    },
    number: (path: string, value: number | string, min: number, max: number) => {
      if (value === '') errors[path] = t('validation.required');
      else if (!(Number(value) >= min && Number(value) <= max))
        errors[path] = t('validation.range', { min, max });
    },
  };
}

/** The rules partners and the home institution share. */
function validateInstitution(values: InstitutionFormValues, t: TFunction): Errors {
  const errors: Errors = {};
  const check = checks(errors, t);
  check.text('name', values.name, { required: true, max: LIMITS.name });
  for (const language of OTHER_NAME_LANGUAGES) {
    check.text(`otherNames.${language}`, values.otherNames[language], { max: LIMITS.name });
  }
  check.text('erasmusCode', values.erasmusCode, {
    max: LIMITS.erasmusCode,
    format: [ERASMUS_CODE, t('validation.erasmusCode')],
  });
  check.text('schacCode', values.schacCode, {
    max: LIMITS.schacCode,
    format: [SCHAC_CODE, t('validation.schacCode')],
  });
  check.text('pic', values.pic, { format: [PIC, t('validation.pic')] });
  check.text('countryCode', values.countryCode ?? '', { required: true });
  check.text('city', values.city, { required: true, max: LIMITS.city });
  check.number('latitude', values.latitude, -90, 90);
  check.number('longitude', values.longitude, -180, 180);
  check.text('website', values.website, {
    max: LIMITS.website,
    format: [WEBSITE, t('validation.website')],
  });
  return errors;
}

/** Error messages by form path ("contacts.0.email"); empty when the values may be sent. */
export function validatePartner(values: PartnerFormValues, t: TFunction): Errors {
  const errors = validateInstitution(values, t);
  const check = checks(errors, t);
  check.text('notes', values.notes, { max: LIMITS.notes });

  if (values.contacts.length > LIMITS.contacts) {
    errors.contacts = t('validation.maxContacts', { max: LIMITS.contacts });
  }
  values.contacts.forEach((contact, index) => {
    const path = `contacts.${index}`;
    check.text(`${path}.name`, contact.name, { required: true, max: LIMITS.contactName });
    check.text(`${path}.role`, contact.role, { max: LIMITS.contactRole });
    check.text(`${path}.email`, contact.email, {
      max: LIMITS.contactEmail,
      format: [EMAIL, t('validation.email')],
    });
    check.text(`${path}.phone`, contact.phone, {
      max: LIMITS.contactPhone,
      format: [PHONE, t('validation.phone')],
    });
  });

  return errors;
}

/** The home institution's rules: the shared ones and a time zone the browser knows (IANA). */
export function validateHome(values: HomeFormValues, t: TFunction): Errors {
  const errors = validateInstitution(values, t);
  if (!values.timeZone) errors.timeZone = t('validation.required');
  else if (!isTimeZone(values.timeZone))
    errors.timeZone = t('homeInstitution.form.timeZoneInvalid');
  return errors;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
