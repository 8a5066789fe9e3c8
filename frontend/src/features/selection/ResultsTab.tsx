import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RefusalAlert } from '../../components/FormAlerts';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { useRefusals } from '../../components/useRefusals';
import { formatDateTime } from '../../i18n';
import { AppealWindow } from './AppealWindow';
import {
  APPEAL_DAYS,
  RESPONSE_DAYS,
  useDecisionState,
  usePublishResults,
  useResults,
  type CallResults,
} from './commissionApi';
import type { Call } from '../calls/api';
import { CountGrid } from './CountGrid';
import { StandingsSection } from './StandingsSection';

const COUNTS = [
  'placed',
  'accepted',
  'pending',
  'declined',
  'reserve',
  'notSelected',
  'incomplete',
] as const;

/** The Results tab: publishing the decided results to the candidates, then how they answer. */
export function ResultsTab({ call }: { call: Call }) {
  const callId = call.id;
  const { t } = useTranslation();
  const results = useResults(callId);
  const decision = useDecisionState(callId);
  const failed = results.error ?? decision.error;
  if (failed)
    return (
      <LoadError
        error={failed}
        notFound={t('calls.manage.notFound')}
        onRetry={() => void (results.isError ? results.refetch() : decision.refetch())}
      />
    );
  if (!results.data || !decision.data) return <PageState kind="loading" />;
  if (results.data.published) return <Published results={results.data} call={call} />;
  if (!decision.data.inForce)
    return <PageState kind="info" title={t('selection.results.notDecided')} />;
  return <PublishForm callId={callId} />;
}

type Range = { min: number; max: number };

/** An empty field is no number of days, not 0. */
const inRange = (value: number | string, { min, max }: Range) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

interface DaysProps {
  label: string;
  description: string;
  range: Range;
  value: number | string;
  onChange: (value: number | string) => void;
}

function DaysField({ label, description, range, value, onChange }: DaysProps) {
  const { t } = useTranslation();
  return (
    <NumberInput
      label={label}
      description={description}
      min={range.min}
      max={range.max}
      allowDecimal={false}
      value={value}
      onChange={onChange}
      error={inRange(value, range) ? undefined : t('selection.results.daysRange', range)}
      maw={240}
    />
  );
}

function PublishForm({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const publish = usePublishResults(callId);
  const refusals = useRefusals();
  const [days, setDays] = useState<number | string>(RESPONSE_DAYS.initial);
  const [appealDays, setAppealDays] = useState<number | string>(APPEAL_DAYS.initial);
  const [confirming, setConfirming] = useState(false);
  const input = { responseDays: Number(days), appealDays: Number(appealDays) };
  const valid = inRange(days, RESPONSE_DAYS) && inRange(appealDays, APPEAL_DAYS);

  const confirm = () =>
    publish.mutate(input, {
      onSuccess: () => {
        setConfirming(false);
        notifications.show({ color: 'teal', message: t('selection.results.publishedDone') });
      },
      onError: (error) => {
        setConfirming(false);
        refusals.refused(error);
      },
    });

  return (
    <Stack gap="md" maw={560}>
      <Text size="sm">{t('selection.results.intro')}</Text>
      <RefusalAlert title={t('selection.results.refused')} messages={refusals.messages} />
      <Group align="flex-start" gap="md">
        <DaysField
          label={t('selection.results.responseDays')}
          description={t('selection.results.responseDaysHint')}
          range={RESPONSE_DAYS}
          value={days}
          onChange={setDays}
        />
        <DaysField
          label={t('selection.results.appealDays')}
          description={t('selection.results.appealDaysHint')}
          range={APPEAL_DAYS}
          value={appealDays}
          onChange={setAppealDays}
        />
      </Group>
      <Group>
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          disabled={!valid}
          onClick={() => {
            refusals.clear();
            setConfirming(true);
          }}
        >
          {t('selection.results.publish')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('selection.results.confirmTitle')}
        message={[
          t('selection.results.confirmMessage', { count: input.responseDays }),
          input.appealDays === 0
            ? t('selection.results.confirmNoAppeals')
            : t('selection.results.confirmAppeals', { count: input.appealDays }),
        ].join(' ')}
        confirmLabel={t('selection.results.publish')}
        loading={publish.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}

function Published({ results, call }: { results: CallResults; call: Call }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm">
        {t('selection.results.publishedBy', {
          at: results.publishedAt ? formatDateTime(results.publishedAt) : '',
          by: results.publishedBy ?? '',
          count: results.responseDays ?? 0,
        })}
      </Text>
      <AppealWindow results={results} timeZone={call.schedule.timeZone} />
      {results.counts && (
        <CountGrid
          label={t('selection.results.counts')}
          cols={{ base: 2, sm: 4, lg: 7 }}
          counts={COUNTS.map((count) => ({
            key: count,
            label: t(`selection.results.count.${count}`),
            value: results.counts?.[count] ?? 0,
          }))}
        />
      )}
      <StandingsSection call={call} />
    </Stack>
  );
}
