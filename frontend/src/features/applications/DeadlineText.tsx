import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n';
import { formatInZone, viewerTimeZone } from './text';

/** The deadline in the home institution's time zone, and in the viewer's when it differs. */
export function DeadlineText({ schedule }: { schedule: Schemas['CallSchedule'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = viewerTimeZone();
  const home = formatInZone(schedule.deadline, language, schedule.timeZone);
  const yours = formatInZone(schedule.deadline, language, viewer);
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
