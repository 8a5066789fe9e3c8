import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatDateTime, useLanguage, viewerTimeZone } from '../../i18n';

/** The deadline in the home institution's time zone, and in the viewer's when it differs. */
export function DeadlineText({ schedule }: { schedule: Schemas['CallSchedule'] }) {
  const { t } = useTranslation();
  // Re-rendered in a new interface language.
  useLanguage();
  const viewer = viewerTimeZone();
  const home = formatDateTime(schedule.deadline, schedule.timeZone);
  const yours = formatDateTime(schedule.deadline, viewer);
  return (
    <Stack gap={0}>
      <Text size="sm">
        {t('applications.deadline.home', { time: home, zone: schedule.timeZone })}
      </Text>
      {viewer !== schedule.timeZone && yours !== home && (
        <Text size="sm" c="dimmed">
          {t('applications.deadline.yours', { time: yours, zone: viewer })}
        </Text>
      )}
    </Stack>
  );
}
