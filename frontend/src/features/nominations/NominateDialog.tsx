import { Alert, Anchor, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCircleCheck, IconUserShare } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { CountedTextarea } from '../../components/CountedTextarea';
import { RefusalAlert } from '../../components/FormAlerts';
import { PageState } from '../../components/PageState';
import { useRefusals } from '../../components/useRefusals';
import { isOverCapacity, REASON_MAX, useCandidatesToNominate, useNominate } from './api';
import { callNominationsPath } from './listParams';

type Candidate = Schemas['ResultStanding'];

interface FormProps {
  callId: string;
  candidates: Candidate[];
  onClose: () => void;
  onNominated: (count: number) => void;
}

/** The accepted candidates, all chosen at first; a reason to go over a flow's capacity once the API asks for one. */
function NominateForm({ callId, candidates, onClose, onNominated }: FormProps) {
  const { t } = useTranslation();
  const nominate = useNominate(callId);
  const refusals = useRefusals();
  const [chosen, setChosen] = useState(() => candidates.map((c) => c.applicationId));
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const reasonMissing = checked && overriding && reason.trim() === '';

  const send = () => {
    setChecked(true);
    refusals.clear();
    if (overriding && reason.trim() === '') {
      reasonRef.current?.focus();
      return;
    }
    nominate.mutate(
      { applicationIds: chosen, overrideReason: overriding ? reason.trim() : undefined },
      {
        onSuccess: (result) => onNominated(result.items.length),
        onError: (error) => {
          if (isOverCapacity(error)) setOverriding(true);
          refusals.refused(error);
        },
      },
    );
  };

  return (
    <Stack>
      <RefusalAlert title={t('nominations.refused')} messages={refusals.messages} />
      <Text size="sm">{t('nominations.nominate.intro')}</Text>
      <Checkbox.Group
        label={t('nominations.nominate.candidates')}
        value={chosen}
        onChange={setChosen}
      >
        <Stack gap="xs" mt="xs">
          {candidates.map((candidate) => (
            <Checkbox
              key={candidate.applicationId}
              value={candidate.applicationId}
              label={candidate.applicantName}
              description={candidate.receiptNumber}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {overriding && (
        <CountedTextarea
          ref={reasonRef}
          label={t('nominations.nominate.overrideReason')}
          description={t('nominations.nominate.overrideHint')}
          withAsterisk
          minRows={3}
          maxRows={8}
          maxLength={REASON_MAX}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={reasonMissing ? t('nominations.nominate.overrideRequired') : undefined}
          counter={t('nominations.counter', { used: reason.length, max: REASON_MAX })}
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={send} loading={nominate.isPending} disabled={chosen.length === 0}>
          {overriding ? t('nominations.nominate.sendOverride') : t('nominations.nominate.send')}
        </Button>
      </Group>
    </Stack>
  );
}

function Nominated({
  callId,
  count,
  onClose,
}: {
  callId: string;
  count: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="teal" icon={<IconCircleCheck aria-hidden />} role="status">
        {t('nominations.nominate.done', { count })}
      </Alert>
      <Group justify="flex-end">
        <Anchor component={Link} to={callNominationsPath(callId)}>
          {t('nominations.nominate.seeList')}
        </Anchor>
        <Button onClick={onClose}>{t('nominations.nominate.close')}</Button>
      </Group>
    </Stack>
  );
}

function NominateContent({ callId, onClose }: { callId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const candidates = useCandidatesToNominate(callId);
  // Kept here: the nominated candidates leave the list as soon as it reloads.
  const [nominated, setNominated] = useState<number | null>(null);
  if (nominated !== null) return <Nominated callId={callId} count={nominated} onClose={onClose} />;
  if (candidates.isPending) return <PageState kind="loading" />;
  if (candidates.isError)
    return <PageState kind="error" onRetry={() => void candidates.refetch()} />;
  if (candidates.data.length === 0)
    return <PageState kind="info" title={t('nominations.nominate.none')} />;
  return (
    <NominateForm
      callId={callId}
      candidates={candidates.data}
      onClose={onClose}
      onNominated={setNominated}
    />
  );
}

/** Nominates the call's candidates who accepted their places to the partners of those places. */
export function NominateButton({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button variant="light" leftSection={<IconUserShare size={16} aria-hidden />} onClick={open}>
        {t('nominations.nominate.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('nominations.nominate.title')} size="lg">
        {opened && <NominateContent callId={callId} onClose={close} />}
      </Modal>
    </>
  );
}
