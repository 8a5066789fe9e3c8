import { localizedName, useLanguage } from '../../i18n';
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
    country: (institution: Located) => countryName(institution.countryCode, institution.countryName),
  };
}

export type InstitutionNames = ReturnType<typeof useInstitutionNames>;
