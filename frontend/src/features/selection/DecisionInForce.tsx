import { Button, DataList, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailItem, DetailSection } from '../../components/DetailSection';
import { RefusalAlert } from '../../components/FormAlerts';
import { useRefusals } from '../../components/useRefusals';
import { formatDate, formatDateTime } from '../../i18n';
import { fetchMinutes, useReopenDecision, type CommissionDecision } from './commissionApi';
import { DownloadFailed } from './DownloadFailed';
import { useDownload } from './useDownload';

/** The decision in force: what the commission decided, its minutes, and the way to reopen it. */
export function DecisionInForce({
  callId,
  decision,
}: {
  callId: string;
  decision: CommissionDecision;
}) {
  const { t } = useTranslation();
  const minutes = useDownload<'minutes'>();
  const [reopening, setReopening] = useState(false);
  return (
    <DetailSection title={t('selection.decision.inForce')}>
      <DataList>
        <DetailItem label={t('selection.decision.meetingDate')}>
          {formatDate(decision.meetingDate)}
        </DetailItem>
        <DetailItem label={t('selection.decision.members')}>
          <List size="sm">
            {decision.members.map((member, index) => (
              <List.Item key={index}>{member}</List.Item>
            ))}
          </List>
        </DetailItem>
        <DetailItem label={t('selection.decision.remarks')}>
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {decision.remarks ?? t('common.none')}
          </Text>
        </DetailItem>
        <DetailItem label={t('selection.decision.recordedBy')}>
          {t('selection.decision.recordedByValue', {
            by: decision.decidedBy,
            at: formatDateTime(decision.decidedAt),
          })}
        </DetailItem>
      </DataList>
      <Text size="sm" c="dimmed">
        {t('selection.decision.lockedHint')}
      </Text>
      <Group gap="sm">
        <Button
          leftSection={<IconFileTypePdf size={16} aria-hidden />}
          loading={minutes.running === 'minutes'}
          onClick={() => void minutes.download('minutes', () => fetchMinutes(callId))}
        >
          {t('selection.decision.minutes')}
        </Button>
        <Button
          variant="default"
          color="red"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          onClick={() => setReopening(true)}
        >
          {t('selection.decision.reopen')}
        </Button>
      </Group>
      {minutes.failed && <DownloadFailed onDismiss={minutes.dismiss} />}
      <ReopenDialog callId={callId} opened={reopening} onClose={() => setReopening(false)} />
    </DetailSection>
  );
}

function ReopenDialog({
  callId,
  opened,
  onClose,
}: {
  callId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reopen = useReopenDecision(callId);
  const refusals = useRefusals();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const close = () => {
    refusals.clear();
    setMissing(false);
    onClose();
  };

  const submit = () => {
    refusals.clear();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    reopen.mutate(
      { reason: reason.trim() },
      {
        onSuccess: () => {
          setReason('');
          close();
          notifications.show({ color: 'teal', message: t('selection.decision.reopenedDone') });
        },
        onError: refusals.refused,
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('selection.decision.reopenTitle')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">{t('selection.decision.reopenMessage')}</Text>
          <RefusalAlert title={t('selection.decision.refused')} messages={refusals.messages} />
          <Textarea
            label={t('selection.decision.reason')}
            required
            autosize
            minRows={3}
            value={reason}
            error={missing ? t('selection.decision.reasonRequired') : undefined}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setMissing(false);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={reopen.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={reopen.isPending}>
              {t('selection.decision.reopenConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
