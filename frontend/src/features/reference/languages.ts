import { useLanguages } from './education';
import { useLocalizedOptions } from './options';

/** Select options of all ISO 639-1 languages, sorted by their name in the interface language. */
export function useLanguageOptions(): { value: string; label: string }[] {
  return useLocalizedOptions(useLanguages().data);
}
