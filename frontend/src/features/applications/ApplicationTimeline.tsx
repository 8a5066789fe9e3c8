import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n';
import type { MyApplicationEvent } from './api';

/** What happened to the application, oldest first. */
export function ApplicationTimeline({ events }: { events: MyApplicationEvent[] }) {
  const { t } = useTranslation();
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
      {events.map((event, index) => (
        <Timeline.Item
          key={`${event.at}-${index}`}
          title={
            event.decision
              ? t(`applications.timeline.decided.${event.decision}`)
              : t(`applications.timeline.kind.${event.kind}`)
          }
        >
          <Text size="xs" c="dimmed">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </Text>
          {event.detail && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {event.kind === 'CALL_CHANGED'
                ? t('applications.timeline.callChangedReason', { reason: event.detail })
                : event.kind === 'ELIGIBILITY_DECIDED'
                  ? t('applications.timeline.eligibilityReason', { reason: event.detail })
                  : event.detail}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
