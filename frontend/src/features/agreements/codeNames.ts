import { useMemo } from 'react';
import { useIscedFields, useLanguageNames } from '../reference';

/** Names of ISCED-F fields and languages by code; the code itself until they are loaded. */
export function useCodeNames() {
  const isced = useIscedFields();
  const language = useLanguageNames();
  const iscedNames = useMemo(
    () => new Map(isced.data?.map((field) => [field.code, field.name])),
    [isced.data],
  );
  return {
    /** "0912 Medicine" */
    isced: (code: string) => {
      const name = iscedNames.get(code);
      return name ? `${code} ${name}` : code;
    },
    language,
  };
}
