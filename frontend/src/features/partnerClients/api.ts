import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type PartnerClient = Schemas['PartnerClient'];

/** The API's rule for a client id (PartnerClientResource.CLIENT_ID_PATTERN). */
export const CLIENT_ID = /^[A-Za-z0-9._:-]{1,100}$/;
export const CLIENT_ID_MAX = 100;
export const PAGE_SIZE = 50;

const keys = {
  lists: ['partner-clients'] as const,
  list: (page: number) => ['partner-clients', page] as const,
};

/** One page (zero-based) of the mapped clients, sorted by client id. */
export function usePartnerClients(page: number) {
  return useQuery({
    queryKey: keys.list(page),
    queryFn: () =>
      unwrap(api.GET('/api/v1/partner-clients', { params: { query: { page, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

/** Maps a client to a partner; `moved` says it had acted for another partner until now. */
export function useMapClient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      clientId,
      institutionId,
    }: {
      clientId: string;
      institutionId: string;
    }) => {
      const call = api.PUT('/api/v1/partner-clients/{clientId}', {
        params: { path: { clientId } },
        body: { institutionId },
      });
      const mapped = await unwrap(call);
      // 201 maps the client for the first time, 200 moves it from another partner.
      return { mapped, moved: (await call).response.status === 200 };
    },
    onSuccess: () => client.invalidateQueries({ queryKey: keys.lists }),
  });
}

export function useUnmapClient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (clientId: string) =>
      unwrap(api.DELETE('/api/v1/partner-clients/{clientId}', { params: { path: { clientId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.lists }),
  });
}
