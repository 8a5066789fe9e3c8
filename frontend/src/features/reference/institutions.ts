import { useCallback, useMemo } from 'react';
import { localizedName, useLanguage } from '../../i18n';
import { useConfiguredHome, usePartnerDirectory } from '../institutions/api';
import { useCountryNames } from './countries';

interface Named {
  name: string;
  otherNames?: Record<string, string>;
}

interface Located {
  countryCode: string;
  countryName?: string;
}

/**
 * Institutions as the interface language names them, wherever they appear: the name entered in that language, else
 * the default one; the country from the reference data, else the name the API sent, else the code.
 */
export function useInstitutionNames() {
  const language = useLanguage();
  const countryName = useCountryNames();
  return {
    name: (institution: Named) => localizedName(institution, language),
    country: (institution: Located) =>
      countryName(institution.countryCode, institution.countryName),
  };
}

export type InstitutionNames = ReturnType<typeof useInstitutionNames>;

const DIRECTORY = { sort: 'name', page: 0, size: 200 };

/**
 * Names an institution known only by id and default name (agreements carry no other names) as the directory names it
 * in the interface language; the default name while the directory loads or when it does not list the institution.
 */
export function useNameById(): (id: string, fallback: string) => string {
  const language = useLanguage();
  const directory = usePartnerDirectory(DIRECTORY);
  const home = useConfiguredHome();
  const byId = useMemo(() => {
    const known = new Map<string, Named>((directory.data?.items ?? []).map((i) => [i.id, i]));
    if (home.data) known.set(home.data.id, home.data);
    return known;
  }, [directory.data, home.data]);
  return useCallback(
    (id, fallback) => {
      const institution = byId.get(id);
      return institution ? localizedName(institution, language) : fallback;
    },
    [byId, language],
  );
}
