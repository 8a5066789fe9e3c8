import { Blockquote, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountedTextarea } from '../../components/CountedTextarea';
import { RefusalAlert } from '../../components/FormAlerts';
import { useRefusals } from '../../components/useRefusals';
import {
  APPEAL_ANSWER_MAX,
  useAnswerAppeal,
  type Appeal,
  type AppealDecision,
} from './commissionApi';

const DECISIONS = ['UPHELD', 'REJECTED'] as const satisfies AppealDecision[];

interface FormProps {
  callId: string;
  appeal: Appeal;
  onCancel: () => void;
  onAnswered: () => void;
}

/** The decision and its reasons, then a confirmation: the candidate reads the answer at once, and it is final. */
function AnswerForm({ callId, appeal, onCancel, onAnswered }: FormProps) {
  const { t } = useTranslation();
  const answer = useAnswerAppeal(callId);
  const refusals = useRefusals();
  const [decision, setDecision] = useState<AppealDecision | null>(null);
  const [reasons, setReasons] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const decisionRef = useRef<HTMLDivElement>(null);
  const reasonsRef = useRef<HTMLTextAreaElement>(null);
  const decisionMissing = checked && decision === null;
  const reasonsMissing = checked && reasons.trim() === '';

  const review = () => {
    setChecked(true);
    refusals.clear();
    if (decision === null) {
      decisionRef.current?.querySelector('input')?.focus();
      return;
    }
    if (reasons.trim() === '') {
      reasonsRef.current?.focus();
      return;
    }
    setConfirming(true);
  };

  const send = (chosen: AppealDecision) =>
    answer.mutate(
      { appealId: appeal.id, decision: chosen, answer: reasons.trim() },
      {
        onSuccess: onAnswered,
        onError: (error) => {
          setConfirming(false);
          refusals.refused(error);
        },
      },
    );

  if (confirming && decision !== null) {
    return (
      <Stack>
        <Text>{t(`selection.results.appeals.confirm.${decision}`)}</Text>
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => setConfirming(false)}
            disabled={answer.isPending}
          >
            {t('common.back')}
          </Button>
          <Button loading={answer.isPending} onClick={() => send(decision)}>
            {t(`selection.results.appeals.confirmButton.${decision}`)}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack>
      <RefusalAlert title={t('selection.results.appeals.refused')} messages={refusals.messages} />
      <Blockquote p="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {appeal.text}
      </Blockquote>
      <Radio.Group
        ref={decisionRef}
        label={t('selection.results.appeals.decision')}
        value={decision}
        onChange={setDecision}
        error={decisionMissing ? t('selection.results.appeals.decisionRequired') : undefined}
        withAsterisk
      >
        <Group mt="xs">
          {DECISIONS.map((choice) => (
            <Radio
              key={choice}
              value={choice}
              label={t(`selection.results.appeals.state.${choice}`)}
            />
          ))}
        </Group>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        {t('selection.results.appeals.help')}
      </Text>
      <CountedTextarea
        ref={reasonsRef}
        label={t('selection.results.appeals.reasons')}
        description={t('selection.results.appeals.reasonsHint')}
        withAsterisk
        minRows={4}
        maxRows={12}
        maxLength={APPEAL_ANSWER_MAX}
        value={reasons}
        onChange={(event) => setReasons(event.currentTarget.value)}
        error={reasonsMissing ? t('selection.results.appeals.reasonsRequired') : undefined}
        counter={t('selection.results.appeals.counter', {
          used: reasons.length,
          max: APPEAL_ANSWER_MAX,
        })}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={review}>{t('selection.results.appeals.send')}</Button>
      </Group>
    </Stack>
  );
}

interface Props {
  callId: string;
  /** The appeal to answer, kept while the dialog closes; null before the first. */
  appeal: Appeal | null;
  opened: boolean;
  /** Whether closing gives the focus back to the button that opened the dialog: not once the appeal is answered. */
  returnFocus: boolean;
  onClose: () => void;
  onAnswered: () => void;
}

export function AnswerAppealDialog({
  callId,
  appeal,
  opened,
  returnFocus,
  onClose,
  onAnswered,
}: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened && appeal !== null}
      onClose={onClose}
      title={t('selection.results.appeals.dialogTitle', { name: appeal?.applicantName ?? '' })}
      size="lg"
      returnFocus={returnFocus}
    >
      {appeal && (
        <AnswerForm
          key={appeal.id}
          callId={callId}
          appeal={appeal}
          onCancel={onClose}
          onAnswered={onAnswered}
        />
      )}
    </Modal>
  );
}
