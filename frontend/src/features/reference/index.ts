export { useCountryNames, useCountryOptions, type Country } from './countries';
export { isPartnerRegion, PARTNER_REGIONS, type PartnerRegion } from './regions';
