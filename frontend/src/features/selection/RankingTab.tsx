import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../../components/FormAlerts';
import { PageState } from '../../components/PageState';
import { useRefusals } from '../../components/useRefusals';
import { formatDateTime } from '../../i18n';
import type { Call } from '../calls/api';
import { useRunAllocation, useShownRun, type AllocationRunPage } from './commissionApi';
import { OutcomesSection } from './OutcomesSection';
import { RunSummary } from './RunSummary';
import { ShownRun } from './ShownRun';

interface Props {
  call: Call;
  /** The run picked to look at; null for the newest. */
  runId: string | null;
  onPickRun: (runId: string | null) => void;
}

/** The Ranking tab: runs the allocation as a preview and shows a run's counts, partners and ranking. */
export function RankingTab({ call, runId, onPickRun }: Props) {
  const { t } = useTranslation();
  const shown = useShownRun(call.id, runId);
  const runAllocation = useRunAllocation(call.id);
  const refusals = useRefusals();

  const start = () => {
    refusals.clear();
    runAllocation.mutate(undefined, {
      onSuccess: (run) => onPickRun(run.id),
      onError: refusals.refused,
    });
  };

  const runButton = (
    <Button
      leftSection={<IconPlayerPlay size={16} aria-hidden />}
      loading={runAllocation.isPending}
      onClick={start}
    >
      {t('selection.ranking.run')}
    </Button>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        {shown.runs.data && shown.runs.data.items.length > 0 && shown.runId && (
          <RunPicker runs={shown.runs.data} value={shown.runId} onPick={onPickRun} />
        )}
        {runButton}
      </Group>
      <RefusalAlert title={t('selection.ranking.refused')} messages={refusals.messages} />
      <ShownRun
        callId={call.id}
        runId={runId}
        none={
          <PageState
            kind="empty"
            title={t('selection.ranking.empty')}
            description={t('selection.ranking.emptyHint')}
          />
        }
      >
        {(run) => (
          <>
            <RunSummary run={run} call={call} />
            <OutcomesSection key={run.id} run={run} call={call} />
          </>
        )}
      </ShownRun>
    </Stack>
  );
}

function RunPicker({
  runs,
  value,
  onPick,
}: {
  runs: AllocationRunPage;
  value: string;
  onPick: (runId: string | null) => void;
}) {
  const { t } = useTranslation();
  const newest = runs.items[0]?.id;
  return (
    <NativeSelect
      label={t('selection.ranking.picker')}
      value={value}
      onChange={(event) =>
        onPick(event.currentTarget.value === newest ? null : event.currentTarget.value)
      }
      data={runs.items.map((run) => ({
        value: run.id,
        label: t(
          run.id === newest ? 'selection.ranking.newestRun' : 'selection.ranking.earlierRun',
          {
            at: formatDateTime(run.createdAt),
            by: run.createdBy,
          },
        ),
      }))}
      maw={420}
      w="100%"
    />
  );
}
