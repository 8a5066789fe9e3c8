import { Alert, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import type { Criterion } from '../calls/api';
import { isFlagged, isIncomplete, useCallScores, type CallScores } from './boardApi';
import { ScoresLegend } from './ScoresLegend';
import { ScoresTable } from './ScoresTable';

/** The Scores tab: every eligible application's scores, with filters for what needs a look. */
export function ScoresTab({ callId, criteria }: { callId: string; criteria: Criterion[] }) {
  const { t } = useTranslation();
  const scores = useCallScores(callId);
  if (scores.isPending) return <PageState kind="loading" />;
  if (scores.isError)
    return (
      <LoadError
        error={scores.error}
        notFound={t('calls.manage.notFound')}
        onRetry={() => void scores.refetch()}
      />
    );
  if (scores.data.items.length === 0)
    return (
      <PageState
        kind="empty"
        title={t('selection.board.scores.empty')}
        description={t('selection.board.scores.emptyHint')}
      />
    );
  return <FilteredScores scores={scores.data} criteria={criteria} />;
}

function FilteredScores({ scores, criteria }: { scores: CallScores; criteria: Criterion[] }) {
  const { t } = useTranslation();
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [onlyIncomplete, setOnlyIncomplete] = useState(false);
  const shown = scores.items.filter(
    (application) =>
      (!onlyFlagged || isFlagged(application)) && (!onlyIncomplete || isIncomplete(application)),
  );
  const noneSubmitted = scores.items.every((application) => application.submittedEvaluations === 0);
  return (
    <Stack gap="md">
      {noneSubmitted && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
          {t('selection.board.scores.noneSubmitted')}
        </Alert>
      )}
      <Group gap="lg" role="group" aria-label={t('selection.board.scores.filters')}>
        <Checkbox
          label={t('selection.board.scores.onlyFlagged')}
          checked={onlyFlagged}
          onChange={(event) => setOnlyFlagged(event.currentTarget.checked)}
        />
        <Checkbox
          label={t('selection.board.scores.onlyIncomplete')}
          checked={onlyIncomplete}
          onChange={(event) => setOnlyIncomplete(event.currentTarget.checked)}
        />
      </Group>
      <Text size="sm" c="dimmed" role="status">
        {t('selection.board.scores.shown', { shown: shown.length, count: scores.items.length })}
      </Text>
      {shown.length === 0 ? (
        <PageState kind="empty" title={t('selection.board.scores.noMatch')} />
      ) : (
        <ScoresTable items={shown} criteria={criteria} />
      )}
      <ScoresLegend scores={scores} />
    </Stack>
  );
}
