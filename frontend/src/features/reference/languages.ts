import { useCallback, useMemo } from 'react';
import { useLanguage } from '../../i18n';
import { useLanguages } from './education';
import { useLocalizedOptions } from './options';

/** Select options of all ISO 639-1 languages, sorted by their name in the interface language. */
export function useLanguageOptions(): { value: string; label: string }[] {
  return useLocalizedOptions(useLanguages().data);
}

/** The name of an ISO 639-1 language in the interface language ("en" → "English"); the code until they are loaded. */
export function useLanguageNames(): (code: string) => string {
  const language = useLanguage();
  const { data } = useLanguages();
  const names = useMemo(
    () => new Map(data?.map((spoken) => [spoken.code, spoken.names[language]])),
    [data, language],
  );
  return useCallback((code) => names.get(code) ?? code, [names]);
}
