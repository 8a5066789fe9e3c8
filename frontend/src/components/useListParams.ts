import { useSearchParams } from 'react-router';

/** The parameters every list keeps in the address: the page is 1-based, as shown. */
export interface Paged {
  page: number;
}

/** The 1-based page of the address, 1 when absent or wrong. */
export function pageOf(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/**
 * A list's parameters read from the address with parse, and a setter that writes the changed ones
 * back (leaving out empty ones and page 1); any change other than the page goes back to page 1.
 */
export function useListParams<P extends Paged>(
  parse: (search: URLSearchParams) => P,
): [P, (changes: Partial<P>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = parse(search);
  const update = (changes: Partial<P>) => {
    const next = { ...params, page: 1, ...changes };
    const entries = Object.entries(next).filter(
      ([key, value]) =>
        value !== null && value !== '' && value !== false && !(key === 'page' && value === 1),
    );
    setSearch(new URLSearchParams(entries.map(([key, value]) => [key, String(value)])), {
      replace: true,
    });
  };
  return [params, update];
}
