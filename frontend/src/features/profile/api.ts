import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Profile = Schemas['Profile'];
export type ProfileInput = Schemas['ProfileInput'];
export type LanguageLevel = Schemas['LanguageLevel'];

const PROFILE_KEY = ['me', 'profile'] as const;

/** The signed-in applicant's profile; before the first save, prefilled from the login. */
export function useProfile() {
  return useQuery({
    queryKey: PROFILE_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/me/profile')),
  });
}

/** Saves the profile; the answer replaces the cached one, so its version is the next save's. */
export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileInput) => unwrap(api.PUT('/api/v1/me/profile', { body })),
    onSuccess: (saved) => client.setQueryData(PROFILE_KEY, saved),
  });
}
