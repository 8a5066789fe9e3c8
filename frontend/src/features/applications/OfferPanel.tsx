import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRefusals } from '../../components/useRefusals';
import { useZonedTime } from '../../components/useZonedTime';
import { ZonedInstant } from '../../components/ZonedInstant';
import { formatDateTime } from '../../i18n';
import { useAnswerOffer, type MyResult, type OfferAnswer } from './resultApi';

/** The ways to answer, each confirmed first: all but accepting give the place (or position) up for good. */
type Action = 'accept' | 'decline' | 'withdraw' | 'leave';

const ANSWER: Record<Action, OfferAnswer> = {
  accept: 'accept',
  decline: 'decline',
  withdraw: 'decline',
  leave: 'decline',
};

/** What the applicant may do now: answer a pending offer, withdraw an accepted one, leave the reserve list. */
function actionsFor(result: MyResult): Action[] {
  if (result.status === 'RESERVE') return ['leave'];
  if (result.status !== 'PLACED') return [];
  if (result.offer?.response === 'PENDING') return ['accept', 'decline'];
  return result.offer?.response === 'ACCEPTED' ? ['withdraw'] : [];
}

/** The deadline in the call's time zone and in the reader's, both labelled. */
function Deadline({ respondBy, timeZone }: { respondBy: string; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <ZonedInstant
      instant={respondBy}
      timeZone={timeZone}
      labels={{
        theirs: t('applications.result.offer.deadlineCall'),
        yours: t('applications.result.offer.deadlineYours'),
      }}
    />
  );
}

/** Where the offer stands, in a sentence; nothing when there is no offer to speak of. */
function OfferStatus({ result }: { result: MyResult }) {
  const { t } = useTranslation();
  const zoned = useZonedTime();
  const { offer } = result;
  if (result.status === 'RESERVE')
    return <Text size="sm">{t('applications.result.offer.reserve')}</Text>;
  if (!offer) return null;
  const answered = offer.respondedAt ? formatDateTime(offer.respondedAt) : '';
  switch (offer.response) {
    case 'PENDING':
      return (
        <>
          <Text size="sm">{t('applications.result.offer.pending')}</Text>
          {offer.respondBy && <Deadline respondBy={offer.respondBy} timeZone={offer.timeZone} />}
        </>
      );
    case 'ACCEPTED':
      return <Text size="sm">{t('applications.result.offer.accepted', { time: answered })}</Text>;
    case 'DECLINED':
      return <Text size="sm">{t('applications.result.offer.declined', { time: answered })}</Text>;
    case 'EXPIRED':
      return (
        <Text size="sm">
          {t('applications.result.offer.expired', {
            deadline: offer.respondBy ? zoned(offer.respondBy, offer.timeZone) : '',
          })}
        </Text>
      );
  }
}

interface Props {
  applicationId: string;
  result: MyResult;
  /** The partner of the place, in the interface language. */
  partner: string;
  /** After the answer was taken, for the focus to follow. */
  onAnswered: () => void;
}

/** The offer's state, its deadline and the answers still open, each after a confirmation. */
export function OfferPanel({ applicationId, result, partner, onAnswered }: Props) {
  const { t } = useTranslation();
  const refusals = useRefusals();
  const answer = useAnswerOffer(applicationId);
  // The dialog stays mounted, so that closing it gives the focus back to its button.
  const [action, setAction] = useState<Action>('accept');
  const [confirming, setConfirming] = useState(false);
  const actions = actionsFor(result);

  const send = () => {
    refusals.clear();
    answer.mutate(ANSWER[action], {
      onSuccess: () => {
        setConfirming(false);
        onAnswered();
      },
      onError: (error) => {
        setConfirming(false);
        refusals.refused(error);
      },
    });
  };

  return (
    <Stack gap="xs">
      <OfferStatus result={result} />
      {actions.length > 0 && (
        <Group gap="sm">
          {actions.map((choice) => (
            <Button
              key={choice}
              variant={choice === 'accept' ? 'filled' : 'outline'}
              color={choice === 'accept' ? 'teal' : 'red'}
              disabled={answer.isPending}
              onClick={() => {
                setAction(choice);
                setConfirming(true);
              }}
            >
              {t(`applications.result.answer.${choice}.button`)}
            </Button>
          ))}
        </Group>
      )}
      {refusals.messages.length > 0 && (
        <Text size="sm" c="red.8" role="alert">
          {refusals.messages.join(' ')}
        </Text>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t(`applications.result.answer.${action}.title`, { partner })}
        message={t(`applications.result.answer.${action}.message`, { partner })}
        confirmLabel={t(`applications.result.answer.${action}.confirm`)}
        danger={action !== 'accept'}
        loading={answer.isPending}
        onConfirm={send}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}
