import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type AcademicYear = Schemas['AcademicYearView'];
export type IscedField = Schemas['IscedFieldView'];
export type SpokenLanguage = Schemas['LanguageView'];
export type CefrLevel = Schemas['CefrLevelView'];

// Reference data changes only with a new release.
const forever = { staleTime: Infinity } as const;

export function useAcademicYears() {
  return useQuery({
    queryKey: ['reference', 'academic-years'],
    queryFn: () => unwrap(api.GET('/api/v1/reference/academic-years')),
    ...forever,
  });
}

/** ISCED-F 2013 fields of education: broad, narrow and detailed. */
export function useIscedFields() {
  return useQuery({
    queryKey: ['reference', 'isced-fields'],
    queryFn: () => unwrap(api.GET('/api/v1/reference/isced-fields')),
    ...forever,
  });
}

/** ISO 639-1 languages with their names in the interface languages. */
export function useLanguages() {
  return useQuery({
    queryKey: ['reference', 'languages'],
    queryFn: () => unwrap(api.GET('/api/v1/reference/languages')),
    ...forever,
  });
}

/** CEFR levels A1 to C2. */
export function useCefrLevels() {
  return useQuery({
    queryKey: ['reference', 'cefr-levels'],
    queryFn: () => unwrap(api.GET('/api/v1/reference/cefr-levels')),
    ...forever,
  });
}
