import { useMemo } from 'react';
import { useLanguage } from '../../i18n';
import { useIscedFields, useLanguages } from '../reference';

/** Names of ISCED-F fields and languages by code; the code itself until they are loaded. */
export function useCodeNames() {
  const language = useLanguage();
  const isced = useIscedFields();
  const languages = useLanguages();
  const iscedNames = useMemo(
    () => new Map(isced.data?.map((field) => [field.code, field.name])),
    [isced.data],
  );
  const languageNames = useMemo(
    () => new Map(languages.data?.map((spoken) => [spoken.code, spoken.names[language]])),
    [languages.data, language],
  );
  return {
    /** "0912 Medicine" */
    isced: (code: string) => {
      const name = iscedNames.get(code);
      return name ? `${code} ${name}` : code;
    },
    language: (code: string) => languageNames.get(code) ?? code,
  };
}
