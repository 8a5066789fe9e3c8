import { ActionIcon, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PagedResults } from '../../components/PagedResults';
import { PageState } from '../../components/PageState';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../i18n';
import { PAGE_SIZE, usePartnerClients, useUnmapClient, type PartnerClient } from './api';
import { MapClientForm } from './MapClientForm';
import { useNameById } from '../reference';

/** /manage/partner-clients — which OAuth client of a partner's system acts for which partner. */
export function PartnerClientsPage() {
  const { t } = useTranslation();
  usePageTitle(t('partnerClients.title'));
  const [page, setPage] = useState(0);
  const query = usePartnerClients(page);
  const unmap = useUnmapClient();
  const [confirming, setConfirming] = useState<PartnerClient | null>(null);
  const nameById = useNameById();
  const partnerOf = (client: PartnerClient) =>
    nameById(client.institutionId, client.institutionName);

  const confirmUnmap = (client: PartnerClient) => {
    unmap.mutate(client.clientId, {
      onSuccess: () =>
        notifications.show({
          color: 'teal',
          message: t('partnerClients.unmap.done', { client: client.clientId }),
        }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          message:
            error instanceof ApiProblem && error.status === 404
              ? t('partnerClients.unmap.gone', { client: client.clientId })
              : t('common.errorDescription'),
        }),
      onSettled: () => setConfirming(null),
    });
  };

  let list;
  if (query.isPending) list = <PageState kind="loading" />;
  else if (query.isError) list = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (query.data.total === 0)
    list = (
      <PageState
        kind="empty"
        title={t('partnerClients.empty.title')}
        description={t('partnerClients.empty.description')}
      />
    );
  else
    list = (
      <PagedResults
        totalText={t('partnerClients.total', { count: query.data.total })}
        total={query.data.total}
        pageSize={PAGE_SIZE}
        page={page + 1}
        onPage={(shown) => setPage(shown - 1)}
        stale={query.isPlaceholderData}
        busy={query.isFetching}
      >
        <ResponsiveTable<PartnerClient>
          label={t('partnerClients.listTitle')}
          items={query.data.items}
          keyOf={(client) => client.clientId}
          minWidth={640}
          primary={{
            key: 'client',
            header: t('partnerClients.columns.client'),
            render: (client) => (
              <Text ff="monospace" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {client.clientId}
              </Text>
            ),
          }}
          columns={[
            {
              key: 'partner',
              header: t('partnerClients.columns.partner'),
              render: (client) => (
                <Anchor component={Link} to={`/manage/partners/${client.institutionId}`}>
                  {partnerOf(client)}
                </Anchor>
              ),
            },
            {
              key: 'changed',
              header: t('partnerClients.columns.changed'),
              render: (client) =>
                t('partnerClients.changedBy', {
                  date: formatDateTime(client.updatedAt),
                  user: client.updatedBy,
                }),
            },
          ]}
          actions={{
            header: t('partnerClients.columns.actions'),
            render: (client) => (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('partnerClients.unmap.action', { client: client.clientId })}
                onClick={() => setConfirming(client)}
              >
                <IconUnlink size={18} aria-hidden />
              </ActionIcon>
            ),
          }}
        />
      </PagedResults>
    );

  return (
    <Stack maw={1100}>
      <Title order={1}>{t('partnerClients.title')}</Title>
      <Text c="dimmed">{t('partnerClients.intro')}</Text>
      <Paper withBorder p="md" component="section" aria-labelledby="map-client-title">
        <Title order={2} size="h4" mb="sm" id="map-client-title">
          {t('partnerClients.form.title')}
        </Title>
        <MapClientForm mapped={query.data?.items ?? []} />
      </Paper>
      <Stack component="section" aria-labelledby="mapped-clients-title" gap="sm">
        <Title order={2} size="h4" id="mapped-clients-title">
          {t('partnerClients.listTitle')}
        </Title>
        {list}
      </Stack>
      <ConfirmDialog
        opened={confirming !== null}
        title={t('partnerClients.unmap.title', { client: confirming?.clientId ?? '' })}
        message={t('partnerClients.unmap.message', {
          client: confirming?.clientId ?? '',
          partner: confirming ? partnerOf(confirming) : '',
        })}
        confirmLabel={t('partnerClients.unmap.confirm')}
        danger
        loading={unmap.isPending}
        onConfirm={() => confirming && confirmUnmap(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </Stack>
  );
}
