import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { PagedResults } from '../../components/PagedResults';
import { PageState } from '../../components/PageState';

interface Props<T> {
  query: UseQueryResult<{ items: T[]; total: number }>;
  /** 1-based, as shown. */
  page: number;
  onPage: (page: number) => void;
  pageSize: number;
  totalText: (total: number) => string;
  emptyTitle: string;
  children: (items: T[]) => ReactNode;
}

/** A page of a list the API pages: loading, failure, nothing, or the items with their count and page links. */
export function PagedQuery<T>({
  query,
  page,
  onPage,
  pageSize,
  totalText,
  emptyTitle,
  children,
}: Props<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <PageState kind="loading" />;
  if (query.isError)
    return (
      <LoadError
        error={query.error}
        notFound={t('calls.manage.notFound')}
        onRetry={() => void query.refetch()}
      />
    );
  return (
    <PagedResults
      totalText={totalText(query.data.total)}
      total={query.data.total}
      pageSize={pageSize}
      page={page}
      onPage={onPage}
      stale={query.isPlaceholderData}
      busy={query.isFetching}
    >
      {query.data.items.length === 0 ? (
        <PageState kind="empty" title={emptyTitle} />
      ) : (
        children(query.data.items)
      )}
    </PagedResults>
  );
}
