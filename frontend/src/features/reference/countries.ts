import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n';
import { useLocalizedOptions } from './options';

export type Country = Schemas['CountryView'];

/** Countries of the current call year; reference data changes only with a new release. */
function useCountries() {
  return useQuery({
    queryKey: ['reference', 'countries'],
    queryFn: () => unwrap(api.GET('/api/v1/reference/countries')),
    staleTime: Infinity,
  });
}

/** Country names in the interface language, keyed by ISO code. */
export function useCountryNames(): (code: string, fallback?: string) => string {
  const language = useLanguage();
  const { data } = useCountries();
  const names = useMemo(
    () => new Map(data?.map((country) => [country.code, country.names[language]])),
    [data, language],
  );
  return (code, fallback) => names.get(code) ?? fallback ?? code;
}

/** Select options of all countries, sorted by their name in the interface language. */
export function useCountryOptions(): { value: string; label: string }[] {
  return useLocalizedOptions(useCountries().data);
}
