import { Button, Group, Modal, Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountedTextarea } from '../../components/CountedTextarea';
import { participantName, REASON_MAX, useCancelNomination, type Nomination } from './api';
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

/** The reason told to the partner, then a confirmation: a cancelled nomination cannot be taken back. */
export function CancelDialog({ nomination, opened, reloading, onReload, onClose }: Props) {
  const { t } = useTranslation();
  const cancel = useCancelNomination(nomination.id);
  const refusal = useActionRefusal();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const missing = checked && reason.trim() === '';

  const close = () => {
    setConfirming(false);
    refusal.clear();
    onClose();
  };

  const review = () => {
    setChecked(true);
    refusal.clear();
    if (reason.trim() === '') reasonRef.current?.focus();
    else setConfirming(true);
  };

  const send = () =>
    cancel.mutate(
      { version: nomination.version, reason: reason.trim() },
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
      title={t('nominations.cancel.title', { name: participantName(nomination) })}
      size="lg"
    >
      {confirming ? (
        <ConfirmStep
          message={t('nominations.cancel.confirm')}
          confirmLabel={t('nominations.cancel.confirmButton')}
          color="red"
          pending={cancel.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={send}
        />
      ) : (
        <Stack>
          <ActionAlerts refusal={refusal} reloading={reloading} onReload={onReload} />
          <CountedTextarea
            ref={reasonRef}
            label={t('nominations.cancel.reason')}
            description={t('nominations.cancel.reasonHint')}
            withAsterisk
            minRows={3}
            maxRows={10}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={missing ? t('nominations.cancel.reasonRequired') : undefined}
            counter={t('nominations.counter', { used: reason.length, max: REASON_MAX })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={review}>
              {t('nominations.cancel.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
