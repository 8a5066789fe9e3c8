import { useMemo } from 'react';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n';

interface Named {
  code: string;
  names: Schemas['LocalizedNames'];
}

/** Select options of reference entries, named and sorted in the interface language. */
export function useLocalizedOptions(
  entries: Named[] | undefined,
): { value: string; label: string }[] {
  const language = useLanguage();
  return useMemo(() => {
    const collator = new Intl.Collator(language);
    return (entries ?? [])
      .map((entry) => ({ value: entry.code, label: entry.names[language] }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [entries, language]);
}
