import { Box, Group, Pagination, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import type { Institution, InstitutionPage } from './api';
import { PAGE_SIZE, type ListParams } from './listParams';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';

interface Props {
  query: UseQueryResult<InstitutionPage>;
  params: ListParams;
  onPageChange: (page: number) => void;
  columns: [Column<Institution>, ...Column<Institution>[]];
}

/** One page of partners with its count and pages, or the loading, error or empty state. */
export function PartnerResults({
  query,
  params,
  onPageChange,
  columns: [primary, ...columns],
}: Props) {
  const { t } = useTranslation();

  if (query.isPending) return <PageState kind="loading" />;
  if (query.isError) return <PageState kind="error" onRetry={() => void query.refetch()} />;

  const { items, total } = query.data;
  if (items.length === 0) {
    const q = params.q.trim();
    return (
      <PageState
        kind="empty"
        title={q ? t('partners.empty.query', { query: q }) : t('partners.empty.filters')}
        description={t('partners.empty.hint')}
      />
    );
  }

  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t('partners.total', { count: total })}
      </Text>
      <Box opacity={query.isPlaceholderData ? 0.6 : 1} aria-busy={query.isFetching}>
        <ResponsiveTable
          label={t('nav.partners')}
          items={items}
          keyOf={(institution) => institution.id}
          primary={primary}
          columns={columns}
          minWidth={700}
        />
      </Box>
      {pages > 1 && (
        <Group justify="center" component="nav" aria-label={t('common.pagination')}>
          <Pagination total={pages} value={params.page} onChange={onPageChange} />
        </Group>
      )}
    </Stack>
  );
}
