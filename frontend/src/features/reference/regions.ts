/** KA171 partner regions from call 2022 on (DOMAIN-KA171.md §3). */
export const PARTNER_REGIONS = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  '13',
  '14',
] as const;

export type PartnerRegion = (typeof PARTNER_REGIONS)[number];

export function isPartnerRegion(value: unknown): value is PartnerRegion {
  return PARTNER_REGIONS.some((region) => region === value);
}
