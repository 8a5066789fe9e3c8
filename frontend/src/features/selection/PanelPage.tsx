import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useCoverage, usePanel } from './api';
import { CoverageTable } from './CoverageTable';
import { PanelEditor } from './PanelEditor';

/** /manage/calls/:callId/panel — the evaluation panel of a call and how it covers the applications. */
export function PanelPage() {
  const { t } = useTranslation();
  const { callId = '' } = useParams();
  usePageTitle(t('selection.panel.title'));
  const panel = usePanel(callId);
  const coverage = useCoverage(callId);

  if (panel.isPending) return <PageState kind="loading" />;
  if (panel.isError)
    return (
      <LoadError
        error={panel.error}
        notFound={t('calls.manage.notFound')}
        onRetry={() => void panel.refetch()}
        asPage
      />
    );

  const draft = panel.data.callStatus === 'DRAFT';
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to={`/manage/calls/${callId}`} size="sm">
        {t('selection.panel.backToCall')}
      </Anchor>
      <Title order={1}>{t('selection.panel.title')}</Title>
      <Text c="dimmed">{t('selection.panel.intro')}</Text>
      <Paper withBorder p="md" component="section" aria-labelledby="panel-members-title">
        <Title order={2} size="h4" mb="sm" id="panel-members-title">
          {t('selection.panel.members')}
        </Title>
        {draft ? (
          <Text>{t('selection.panel.draftCall')}</Text>
        ) : (
          <PanelEditor
            key={panel.data.version}
            panel={panel.data}
            onReload={() => void panel.refetch()}
          />
        )}
      </Paper>
      <Stack component="section" aria-labelledby="coverage-title" gap="sm">
        <Title order={2} size="h4" id="coverage-title">
          {t('selection.coverage.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('selection.coverage.intro', { count: panel.data.minEvaluations })}
        </Text>
        {coverage.isPending ? (
          <PageState kind="loading" />
        ) : coverage.isError ? (
          <LoadError
            error={coverage.error}
            notFound={t('calls.manage.notFound')}
            onRetry={() => void coverage.refetch()}
          />
        ) : (
          <CoverageTable coverage={coverage.data} />
        )}
      </Stack>
    </Stack>
  );
}
