export { useCountryNames, useCountryOptions, type Country } from './countries';
export {
  useAcademicYears,
  useCefrLevels,
  useIscedFields,
  useLanguages,
  type AcademicYear,
  type CefrLevel,
  type IscedField,
  type SpokenLanguage,
} from './education';
export { useInstitutionNames, useNameById, type InstitutionNames } from './institutions';
export { useLanguageNames, useLanguageOptions } from './languages';
export { isPartnerRegion, PARTNER_REGIONS, type PartnerRegion } from './regions';
