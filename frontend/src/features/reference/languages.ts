import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useLocalizedOptions } from './options';

/** Select options of all ISO 639-1 languages, sorted by their name in the interface language. */
export function useLanguageOptions(): { value: string; label: string }[] {
  const { data } = useQuery({
    queryKey: ['reference', 'languages'],
    queryFn: () => unwrap(api.GET('/api/v1/reference/languages')),
    staleTime: Infinity,
  });
  return useLocalizedOptions(data);
}
