import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppealBadge } from '../../components/AppealBadge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CountedTextarea } from '../../components/CountedTextarea';
import { RefusalAlert } from '../../components/FormAlerts';
import { useNow } from '../../components/useNow';
import { useRefusals } from '../../components/useRefusals';
import { useZonedTime } from '../../components/useZonedTime';
import { ZonedInstant } from '../../components/ZonedInstant';
import { formatDateTime } from '../../i18n';
import { APPEAL_MAX, useAppealResult, type MyAppeal, type MyResult } from './resultApi';

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** One appeal lodged: when, where it stands, what it says, and the answer once given. */
function LodgedAppeal({ appeal }: { appeal: MyAppeal }) {
  const { t } = useTranslation();
  const lodged = t('applications.result.appeal.lodged', { time: formatDateTime(appeal.lodgedAt) });
  return (
    <Card withBorder padding="sm" component="article" aria-label={lodged}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {lodged}
        </Text>
        <AppealBadge
          decision={appeal.decision}
          label={t(`applications.result.appeal.state.${appeal.decision ?? 'WAITING'}`)}
        />
      </Group>
      <Text size="sm" mt="xs" style={pre}>
        {appeal.text}
      </Text>
      {appeal.decision && (
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={500}>
            {t('applications.result.appeal.answered', {
              time: appeal.answeredAt ? formatDateTime(appeal.answeredAt) : '',
            })}
          </Text>
          <Text size="sm" style={pre}>
            {appeal.answer}
          </Text>
        </Stack>
      )}
    </Card>
  );
}

interface FormProps {
  /** Sends the text; settles once the API answered. */
  onSend: (text: string) => Promise<void>;
  sending: boolean;
  /** Before a new attempt, for the last refusal to go. */
  onStart: () => void;
}

/** The button that opens the appeal's text, sent after a confirmation. */
function AppealForm({ onSend, sending, onStart }: FormProps) {
  const { t } = useTranslation();
  const startRef = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [writing, setWriting] = useState(false);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);

  return (
    <Stack gap="sm">
      <Group>
        <Button
          ref={startRef}
          variant="outline"
          aria-expanded={writing}
          onClick={() => setWriting(!writing)}
        >
          {t('applications.result.appeal.start')}
        </Button>
      </Group>
      {writing && (
        <>
          <CountedTextarea
            ref={textRef}
            label={t('applications.result.appeal.label')}
            description={t('applications.result.appeal.hint')}
            withAsterisk
            autoFocus
            minRows={4}
            maxRows={14}
            maxLength={APPEAL_MAX}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('applications.result.appeal.required') : undefined}
            counter={t('applications.result.appeal.counter', {
              used: text.length,
              max: APPEAL_MAX,
            })}
          />
          <Group gap="sm">
            <Button
              onClick={() => {
                onStart();
                if (text.trim() === '') {
                  setMissing(true);
                  textRef.current?.focus();
                } else setConfirming(true);
              }}
            >
              {t('applications.result.appeal.send')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setWriting(false);
                startRef.current?.focus();
              }}
            >
              {t('common.cancel')}
            </Button>
          </Group>
        </>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('applications.result.appeal.confirmTitle')}
        message={t('applications.result.appeal.confirmMessage')}
        confirmLabel={t('applications.result.appeal.send')}
        loading={sending}
        onConfirm={() => void onSend(text.trim()).finally(() => setConfirming(false))}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}

interface Props {
  applicationId: string;
  result: MyResult;
  /** The call's time zone, the one the appeal days end in. */
  timeZone: string;
}

/**
 * Appealing the result: until the appeal deadline and while no appeal waits for its answer; then the appeals lodged,
 * newest first, with their answers. Nothing when the results allow no appeal and none was lodged.
 */
export function AppealPanel({ applicationId, result, timeZone }: Props) {
  const { t } = useTranslation();
  const zoned = useZonedTime();
  const lodge = useAppealResult(applicationId);
  const refusals = useRefusals();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const now = useNow(60_000);
  const appeals = result.appeals ?? [];
  const until = result.appealUntil;
  if (!until && appeals.length === 0) return null;
  const open = until !== undefined && now <= Date.parse(until);
  const waiting = appeals.some((appeal) => !appeal.decision);
  // The panel, not the form, takes the answer: a lodged appeal waits, and the form is gone.
  const send = (text: string) =>
    lodge.mutateAsync(text).then(
      () => headingRef.current?.focus(),
      (error: Error) => refusals.refused(error),
    );

  return (
    <Stack gap="xs">
      <Title order={3} size="h5" ref={headingRef} tabIndex={-1}>
        {t('applications.result.appeal.title')}
      </Title>
      <RefusalAlert title={t('applications.result.appeal.refused')} messages={refusals.messages} />
      {open && (
        <>
          <Text size="sm">{t('applications.result.appeal.intro')}</Text>
          <ZonedInstant
            instant={until}
            timeZone={timeZone}
            labels={{
              theirs: t('applications.result.appeal.deadlineCall'),
              yours: t('applications.result.appeal.deadlineYours'),
            }}
          />
          {waiting ? (
            <Text size="sm">{t('applications.result.appeal.waiting')}</Text>
          ) : (
            <AppealForm onSend={send} sending={lodge.isPending} onStart={refusals.clear} />
          )}
        </>
      )}
      {!open && until && (
        <Text size="sm">
          {t('applications.result.appeal.ended', { deadline: zoned(until, timeZone) })}
        </Text>
      )}
      {appeals.map((appeal) => (
        <LodgedAppeal key={appeal.id} appeal={appeal} />
      ))}
    </Stack>
  );
}
