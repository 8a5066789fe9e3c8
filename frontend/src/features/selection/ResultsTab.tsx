import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RefusalAlert } from '../../components/FormAlerts';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { formatDateTime } from '../../i18n';
import {
  RESPONSE_DAYS,
  useDecisionState,
  usePublishResults,
  useResults,
  type CallResults,
} from './commissionApi';
import { CountGrid } from './CountGrid';
import { useRefusals } from './useRefusals';

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
export function ResultsTab({ callId }: { callId: string }) {
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
  if (results.data.published) return <Published results={results.data} />;
  if (!decision.data.inForce)
    return <PageState kind="info" title={t('selection.results.notDecided')} />;
  return <PublishForm callId={callId} />;
}

function PublishForm({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const publish = usePublishResults(callId);
  const refusals = useRefusals();
  const [days, setDays] = useState<number | string>(RESPONSE_DAYS.initial);
  const [confirming, setConfirming] = useState(false);
  const value = Number(days);
  const valid = Number.isInteger(value) && value >= RESPONSE_DAYS.min && value <= RESPONSE_DAYS.max;

  const confirm = () =>
    publish.mutate(
      { responseDays: value },
      {
        onSuccess: () => {
          setConfirming(false);
          notifications.show({ color: 'teal', message: t('selection.results.publishedDone') });
        },
        onError: (error) => {
          setConfirming(false);
          refusals.refused(error);
        },
      },
    );

  return (
    <Stack gap="md" maw={560}>
      <Text size="sm">{t('selection.results.intro')}</Text>
      <RefusalAlert title={t('selection.results.refused')} messages={refusals.messages} />
      <NumberInput
        label={t('selection.results.responseDays')}
        description={t('selection.results.responseDaysHint')}
        min={RESPONSE_DAYS.min}
        max={RESPONSE_DAYS.max}
        allowDecimal={false}
        value={days}
        onChange={setDays}
        error={valid ? undefined : t('selection.results.responseDaysRange', RESPONSE_DAYS)}
        maw={240}
      />
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
        message={t('selection.results.confirmMessage', { count: value })}
        confirmLabel={t('selection.results.publish')}
        loading={publish.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}

function Published({ results }: { results: CallResults }) {
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
    </Stack>
  );
}
