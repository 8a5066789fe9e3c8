import { Button, FileInput, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountedTextarea } from '../../components/CountedTextarea';
import {
  participantName,
  REASON_MAX,
  useRecordDecision,
  type Nomination,
  type PartnerDecision,
} from './api';
import { ActionAlerts } from './ActionAlerts';
import { ConfirmStep } from './ConfirmStep';
import { useActionRefusal } from './useActionRefusal';

interface Props {
  nomination: Nomination;
  opened: boolean;
  reloading: boolean;
  onReload: () => void;
  onClose: () => void;
}

/**
 * For a partner that answered by letter or e-mail: its decision, the reason of a rejection and the letter, then a
 * confirmation, since a rejection frees the place for the next candidate at once.
 */
export function RecordDecisionDialog({ nomination, opened, reloading, onReload, onClose }: Props) {
  const { t } = useTranslation();
  const record = useRecordDecision(nomination.id);
  const refusal = useActionRefusal();
  const [decision, setDecision] = useState<PartnerDecision | null>(null);
  const [reason, setReason] = useState('');
  const [letter, setLetter] = useState<File | null>(null);
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const rejecting = decision === 'REJECTED';
  const missingReason = checked && rejecting && reason.trim() === '';

  const close = () => {
    setConfirming(false);
    refusal.clear();
    onClose();
  };

  const review = () => {
    setChecked(true);
    refusal.clear();
    if (decision && !(rejecting && reason.trim() === '')) setConfirming(true);
  };

  const send = () =>
    decision &&
    record.mutate(
      {
        version: nomination.version,
        decision,
        reason: rejecting ? reason.trim() : undefined,
        letter,
      },
      {
        onSuccess: close,
        onError: (error) => {
          setConfirming(false);
          refusal.refused(error);
        },
      },
    );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('nominations.record.title', { name: participantName(nomination) })}
      size="lg"
    >
      {confirming ? (
        <ConfirmStep
          message={t(
            rejecting ? 'nominations.record.confirmRejected' : 'nominations.record.confirmAccepted',
          )}
          confirmLabel={t('nominations.record.confirmButton')}
          color={rejecting ? 'red' : undefined}
          pending={record.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={send}
        />
      ) : (
        <Stack>
          <Text size="sm">{t('nominations.record.intro')}</Text>
          <ActionAlerts refusal={refusal} reloading={reloading} onReload={onReload} />
          <Radio.Group
            label={t('nominations.record.decision')}
            withAsterisk
            value={decision}
            onChange={(value) => setDecision(value)}
            error={checked && !decision ? t('nominations.record.decisionRequired') : undefined}
          >
            <Group mt="xs">
              <Radio value="ACCEPTED" label={t('nominations.record.accepted')} />
              <Radio value="REJECTED" label={t('nominations.record.rejected')} />
            </Group>
          </Radio.Group>
          {rejecting && (
            <CountedTextarea
              label={t('nominations.record.reason')}
              description={t('nominations.record.reasonHint')}
              withAsterisk
              minRows={3}
              maxRows={10}
              maxLength={REASON_MAX}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={missingReason ? t('nominations.record.reasonRequired') : undefined}
              counter={t('nominations.counter', { used: reason.length, max: REASON_MAX })}
            />
          )}
          <FileInput
            label={t('nominations.record.letter')}
            description={t('nominations.record.letterHint')}
            accept="application/pdf,image/jpeg,image/png"
            clearable
            leftSection={<IconPaperclip size={16} aria-hidden />}
            value={letter}
            onChange={setLetter}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={review}>{t('nominations.record.send')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
