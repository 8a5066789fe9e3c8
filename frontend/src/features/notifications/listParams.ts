import { useSearchParams } from 'react-router';
import { NOTIFICATION_STATUSES, type NotificationListQuery, type NotificationStatus } from './api';

export const PAGE_SIZE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the notification list shows; kept in the address so that reloading and going back keep it. */
export interface NotificationListParams {
  status: NotificationStatus | null;
  partner: string | null;
  /** 1-based, as shown. */
  page: number;
}

function parse(search: URLSearchParams): NotificationListParams {
  const partner = search.get('partner');
  const page = Number(search.get('page'));
  return {
    status: NOTIFICATION_STATUSES.find((status) => status === search.get('status')) ?? null,
    partner: partner && UUID.test(partner) ? partner : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The list's parameters and a setter; a change of filter goes back to page 1. */
export function useNotificationListParams(): [
  NotificationListParams,
  (changes: Partial<NotificationListParams>) => void,
] {
  const [search, setSearch] = useSearchParams();
  const params = parse(search);
  const update = (changes: Partial<NotificationListParams>) => {
    const next = { ...params, page: 1, ...changes };
    const entries: [string, string][] = [];
    if (next.status) entries.push(['status', next.status]);
    if (next.partner) entries.push(['partner', next.partner]);
    if (next.page > 1) entries.push(['page', String(next.page)]);
    setSearch(new URLSearchParams(entries), { replace: true });
  };
  return [params, update];
}

export function toNotificationListQuery(params: NotificationListParams): NotificationListQuery {
  return {
    status: params.status ?? undefined,
    institutionId: params.partner ?? undefined,
    page: params.page - 1,
    size: PAGE_SIZE,
  };
}

export function isFiltered(params: NotificationListParams): boolean {
  return Boolean(params.status || params.partner);
}
