import { NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDateTime } from '../../i18n';
import {
  HISTORY_KINDS,
  HISTORY_PAGE_SIZE,
  useSelectionHistory,
  type HistoryKind,
  type SelectionHistoryEntry,
} from './commissionApi';
import { PagedQuery } from './PagedQuery';

/** The History tab: who did what in the call's selection and when, newest first, of one kind or all. */
export function HistoryTab({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<HistoryKind | undefined>(undefined);
  const [page, setPage] = useState(1);
  const history = useSelectionHistory(callId, kind, page - 1);

  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('selection.history.kindFilter')}
        value={kind ?? ''}
        onChange={(event) => {
          setKind((event.currentTarget.value || undefined) as HistoryKind | undefined);
          setPage(1);
        }}
        data={[
          { value: '', label: t('selection.history.allKinds') },
          ...HISTORY_KINDS.map((value) => ({ value, label: t(`selection.history.kind.${value}`) })),
        ]}
        maw={320}
      />
      <PagedQuery
        query={history}
        page={page}
        onPage={setPage}
        pageSize={HISTORY_PAGE_SIZE}
        totalText={(count) => t('selection.history.total', { count })}
        emptyTitle={t('selection.history.empty')}
      >
        {(items) => <HistoryTable items={items} />}
      </PagedQuery>
    </Stack>
  );
}

function HistoryTable({ items }: { items: SelectionHistoryEntry[] }) {
  const { t } = useTranslation();
  return (
    <ResponsiveTable
      label={t('selection.history.table')}
      items={items}
      keyOf={(entry) => String(entry.id)}
      minWidth={640}
      primary={{
        key: 'at',
        header: t('selection.history.at'),
        render: (entry) => (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(entry.at)}
          </Text>
        ),
      }}
      columns={[
        {
          key: 'kind',
          header: t('selection.history.what'),
          render: (entry) => t(`selection.history.kind.${entry.kind}`),
        },
        { key: 'actor', header: t('selection.history.actor'), render: (entry) => entry.actor },
        {
          key: 'application',
          header: t('selection.history.application'),
          render: (entry) => (
            <Text size="sm" ff="monospace">
              {entry.receiptNumber ?? t('common.none')}
            </Text>
          ),
        },
      ]}
    />
  );
}
