import { useMemo } from 'react';
import { useAcademicYears } from '../reference';

/** The academic years of the reference data, oldest first. */
export function useAcademicYearOptions(): string[] {
  const { data } = useAcademicYears();
  return useMemo(() => (data ?? []).map((year) => year.code).sort(), [data]);
}
