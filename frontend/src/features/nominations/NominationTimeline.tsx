import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n';
import type { NominationEvent } from './api';
import { usePeriodText } from './text';

/** What an event's detail says, as the API records it: a reason, or the period before and after. */
function EventDetail({ event }: { event: NominationEvent }) {
  const { t } = useTranslation();
  const period = usePeriodText();
  const { reason, fromStart, fromEnd, start, end, overCapacity } = event.detail;
  const periodOf = (from: unknown, to: unknown) =>
    typeof from === 'string' && typeof to === 'string'
      ? period({ plannedStart: from, plannedEnd: to })
      : undefined;
  const before = periodOf(fromStart, fromEnd);
  const after = periodOf(start, end);
  let text;
  if (typeof reason === 'string') text = reason;
  else if (after && before)
    text = t('nominations.timeline.periodFromTo', { from: before, to: after });
  else if (after) text = after;
  else if (overCapacity === true) text = t('nominations.timeline.overCapacity');
  return text ? (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  ) : null;
}

/** The nomination's changes, oldest first: what, who and when. */
export function NominationTimeline({ events }: { events: NominationEvent[] }) {
  const { t } = useTranslation();
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
      {events.map((event, index) => (
        <Timeline.Item key={index} title={t(`nominations.timeline.kind.${event.kind}`)}>
          <Text size="xs" c="dimmed">
            {t('nominations.timeline.byOn', {
              name: event.actor,
              date: formatDateTime(event.at),
            })}
          </Text>
          <EventDetail event={event} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
