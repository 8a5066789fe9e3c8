import { DataList, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailItem } from '../../components/DetailSection';
import { formatDateTime, useLanguage, viewerTimeZone, zoneName } from '../../i18n';
import type { CallSchedule } from './api';
import { sameOffset } from './zones';

/** One instant in the home institution's zone, and in the viewer's own when that differs. */
function Instant({ instant, zone }: { instant: string; zone: string }) {
  const { t } = useTranslation();
  // Re-rendered in a new interface language.
  useLanguage();
  const viewer = viewerTimeZone();
  return (
    <>
      <Text size="sm" fw={500}>
        {formatDateTime(instant, zone, true)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('calls.schedule.inZone', { zone: zoneName(zone, Date.parse(instant)) })}
      </Text>
      {!sameOffset(instant, zone, viewer) && (
        <Text size="sm" mt={4}>
          {t('calls.schedule.yourTime', {
            time: formatDateTime(instant, viewer, true),
            zone: zoneName(viewer, Date.parse(instant)),
          })}
        </Text>
      )}
    </>
  );
}

/** The opening and the deadline, named in the home institution's time zone and the viewer's. */
export function ScheduleTimes({ schedule }: { schedule: CallSchedule }) {
  const { t } = useTranslation();
  return (
    <DataList>
      <DetailItem label={t('calls.schedule.opens')}>
        <Instant instant={schedule.opensAt} zone={schedule.timeZone} />
      </DetailItem>
      <DetailItem label={t('calls.schedule.deadline')}>
        <Instant instant={schedule.deadline} zone={schedule.timeZone} />
      </DetailItem>
    </DataList>
  );
}
