/** What the visitor entered for one end of the mobility. */
export interface PlaceValue {
  mode: 'institution' | 'coordinates';
  /** undefined: not touched yet (the page may choose a default); null: cleared. */
  institutionId?: string | null;
  countryCode: string | null;
  latitude: number | string;
  longitude: number | string;
}

export const EMPTY_PLACE: PlaceValue = {
  mode: 'institution',
  countryCode: null,
  latitude: '',
  longitude: '',
};

export type InstitutionOptions = { group: string; items: { value: string; label: string }[] }[];
