export { useCountryNames, useCountryOptions, type Country } from './countries';
export { useLanguageOptions } from './languages';
export { isPartnerRegion, PARTNER_REGIONS, type PartnerRegion } from './regions';
