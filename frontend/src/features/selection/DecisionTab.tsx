import { Alert, Button, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconListNumbers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { formatDate, formatDateTime } from '../../i18n';
import { useDecisionState, type CommissionDecision } from './commissionApi';
import { DecisionForm } from './DecisionForm';
import { DecisionInForce } from './DecisionInForce';
import { ShownRun } from './ShownRun';

interface Props {
  callId: string;
  /** The run the Ranking tab shows; null for the newest. */
  runId: string | null;
  onShowRanking: () => void;
}

/** The Decision tab: the decision in force, or the form to record one for the run shown; the reopened ones below. */
export function DecisionTab({ callId, runId, onShowRanking }: Props) {
  const { t } = useTranslation();
  const state = useDecisionState(callId);
  if (state.isPending) return <PageState kind="loading" />;
  if (state.isError)
    return (
      <LoadError
        error={state.error}
        notFound={t('calls.manage.notFound')}
        onRetry={() => void state.refetch()}
      />
    );
  return (
    <Stack gap="lg">
      {state.data.inForce ? (
        <DecisionInForce callId={callId} decision={state.data.inForce} />
      ) : (
        <UndecidedRun callId={callId} runId={runId} onShowRanking={onShowRanking} />
      )}
      <Reopened decisions={state.data.reopened} />
    </Stack>
  );
}

function UndecidedRun({ callId, runId, onShowRanking }: Props) {
  const { t } = useTranslation();
  const toRanking = (
    <Button
      variant="default"
      leftSection={<IconListNumbers size={16} aria-hidden />}
      onClick={onShowRanking}
    >
      {t('selection.decision.toRanking')}
    </Button>
  );
  return (
    <ShownRun
      callId={callId}
      runId={runId}
      none={<PageState kind="info" title={t('selection.decision.noRun')} action={toRanking} />}
    >
      {(run) =>
        run.current ? (
          <DecisionForm run={run} />
        ) : (
          <Alert
            role="alert"
            color="orange"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('selection.decision.runNotCurrent')}
          >
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('selection.decision.runNotCurrentHint')}</Text>
              {toRanking}
            </Stack>
          </Alert>
        )
      }
    </ShownRun>
  );
}

function Reopened({ decisions }: { decisions: CommissionDecision[] }) {
  const { t } = useTranslation();
  if (decisions.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="reopened-decisions">
      <Title order={3} size="h4" id="reopened-decisions">
        {t('selection.decision.reopened')}
      </Title>
      <List spacing="sm">
        {decisions.map((decision) => (
          <List.Item key={decision.id}>
            <Text size="sm" fw={500}>
              {t('selection.decision.reopenedEntry', {
                date: formatDate(decision.meetingDate),
                by: decision.reopenedBy ?? '',
                at: decision.reopenedAt ? formatDateTime(decision.reopenedAt) : '',
              })}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
              {decision.reopenedReason}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
