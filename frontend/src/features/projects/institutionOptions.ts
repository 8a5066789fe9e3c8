import { localizedName, useLanguage } from '../../i18n';
import { usePlaces } from '../grants/api';
import { useCountryNames } from '../reference';
import { useCountrySides, type Project } from './api';

export interface InstitutionOption {
  value: string;
  label: string;
}

/**
 * The institutions to pick the beneficiary (EU and associated countries only) and the partners
 * from, named "University of Tartu (Estonia)". Those of the project being edited are kept even
 * when the directory no longer lists them.
 */
export function useInstitutionOptions(project?: Project) {
  const language = useLanguage();
  const countryName = useCountryNames();
  const sides = useCountrySides();
  const { home, partners } = usePlaces();

  const label = (name: string, countryCode: string) => `${name} (${countryName(countryCode)})`;
  const all = new Map<string, InstitutionOption & { countryCode: string }>();
  // The home institution may be left out of the directory it runs.
  const directory = [...(home.data ? [home.data] : []), ...(partners.data?.items ?? [])];
  for (const institution of directory) {
    all.set(institution.id, {
      value: institution.id,
      label: label(localizedName(institution, language), institution.countryCode),
      countryCode: institution.countryCode,
    });
  }
  const own = project ? [project.beneficiary, ...project.partners] : [];
  for (const institution of own) {
    if (!all.has(institution.id)) {
      all.set(institution.id, {
        value: institution.id,
        label: label(localizedName(institution, language), institution.countryCode),
        countryCode: institution.countryCode,
      });
    }
  }
  const sorted = [...all.values()].sort((a, b) =>
    a.label.localeCompare(b.label, language === 'en' ? 'en-GB' : language),
  );
  const programmeSide = (countryCode: string) => {
    const side = sides.get(countryCode);
    return side === undefined || side === 'EU' || side === 'ASSOCIATED';
  };
  return {
    beneficiaries: sorted
      .filter(
        (option) => option.value === project?.beneficiary.id || programmeSide(option.countryCode),
      )
      .map(({ value, label }) => ({ value, label })),
    partners: sorted.map(({ value, label }) => ({ value, label })),
    homeId: home.data?.id,
    /** Whether the home institution is still loading (it is missing when not configured). */
    homePending: home.isPending,
  };
}
