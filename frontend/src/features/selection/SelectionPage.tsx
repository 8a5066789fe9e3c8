import { Badge, Stack, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import {
  IconChartBar,
  IconMessageReport,
  IconGavel,
  IconHistory,
  IconListNumbers,
  IconSend,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useCall } from '../calls/api';
import { useCallText } from '../calls/text';
import { AppealsTab } from './AppealsTab';
import { useAppeals } from './commissionApi';
import { DecisionTab } from './DecisionTab';
import { HistoryTab } from './HistoryTab';
import { RankingTab } from './RankingTab';
import { ResultsTab } from './ResultsTab';
import { ScoresTab } from './ScoresTab';
import { SelectionCoverageSummary } from './SelectionCoverageSummary';

/**
 * /manage/calls/:callId/selection — the coordinator's selection screen: the panel's coverage on top, then one tab
 * a stage of the selection.
 */
export function SelectionPage() {
  const { t } = useTranslation();
  const { callId = '' } = useParams();
  const text = useCallText();
  usePageTitle(t('selection.board.title'));
  const call = useCall(callId);
  const waiting = useAppeals(callId).data?.filter((appeal) => !appeal.decision).length ?? 0;
  const [tab, setTab] = useState<string | null>('scores');
  // The run the Ranking tab shows and the Decision tab decides on; null for the newest.
  const [runId, setRunId] = useState<string | null>(null);

  if (call.isPending) return <PageState kind="loading" />;
  if (call.isError)
    return (
      <LoadError
        error={call.error}
        notFound={t('calls.manage.notFound')}
        onRetry={() => void call.refetch()}
        asPage
      />
    );

  return (
    <Stack maw={1400}>
      <BackLink to={`/manage/calls/${callId}`} label={t('selection.panel.backToCall')} />
      <Stack gap={4}>
        <Title order={1}>{t('selection.board.title')}</Title>
        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
          {text.text(call.data.title)}
        </Text>
        <Text c="dimmed">{t('selection.board.intro')}</Text>
      </Stack>
      <SelectionCoverageSummary callId={callId} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="scores" leftSection={<IconChartBar size={16} aria-hidden />}>
            {t('selection.board.tabs.scores')}
          </Tabs.Tab>
          <Tabs.Tab value="ranking" leftSection={<IconListNumbers size={16} aria-hidden />}>
            {t('selection.ranking.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="decision" leftSection={<IconGavel size={16} aria-hidden />}>
            {t('selection.decision.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="results" leftSection={<IconSend size={16} aria-hidden />}>
            {t('selection.results.tab')}
          </Tabs.Tab>
          <Tabs.Tab
            value="appeals"
            leftSection={<IconMessageReport size={16} aria-hidden />}
            rightSection={
              waiting > 0 && (
                <Badge size="sm" circle aria-hidden>
                  {waiting}
                </Badge>
              )
            }
          >
            {t('selection.results.appeals.tab')}
            {waiting > 0 && (
              <>
                {' '}
                <VisuallyHidden>
                  {t('selection.results.appeals.waiting', { count: waiting })}
                </VisuallyHidden>
              </>
            )}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
            {t('selection.history.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="scores" pt="md">
          <ScoresTab callId={callId} criteria={call.data.criteria} />
        </Tabs.Panel>
        <Tabs.Panel value="ranking" pt="md">
          <RankingTab call={call.data} runId={runId} onPickRun={setRunId} />
        </Tabs.Panel>
        <Tabs.Panel value="decision" pt="md">
          <DecisionTab callId={callId} runId={runId} onShowRanking={() => setTab('ranking')} />
        </Tabs.Panel>
        <Tabs.Panel value="results" pt="md">
          <ResultsTab call={call.data} />
        </Tabs.Panel>
        <Tabs.Panel value="appeals" pt="md">
          <AppealsTab callId={callId} timeZone={call.data.schedule.timeZone} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab callId={callId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
