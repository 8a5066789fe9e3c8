import { Group, Paper, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CountdownState } from './countdown';

const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;

/**
 * The time left until a call opens or closes, changing every second. The figures are a timer,
 * which screen readers do not announce; a hidden live region says the time left only when the
 * minutes change, so that nobody hears a number every second.
 */
export function Countdown({ state }: { state: CountdownState }) {
  const { t } = useTranslation();
  const { phase, remaining } = state;

  if (phase === 'closed') {
    return (
      <Paper withBorder p="md" role="status">
        <Group gap="xs">
          <IconClock size={20} aria-hidden />
          <Text fw={600}>{t('calls.countdown.closed')}</Text>
        </Group>
      </Paper>
    );
  }

  const heading =
    phase === 'upcoming' ? t('calls.countdown.opensIn') : t('calls.countdown.closesIn');
  const announcement = t(
    phase === 'upcoming' ? 'calls.countdown.announceUpcoming' : 'calls.countdown.announceOpen',
    { days: remaining.days, hours: remaining.hours, minutes: remaining.minutes },
  );
  return (
    <Paper withBorder p="md" component="section" aria-label={t('calls.countdown.label')}>
      <Stack gap="xs">
        <Group gap="xs">
          <IconClock size={20} aria-hidden />
          <Text fw={600}>{heading}</Text>
        </Group>
        <SimpleGrid cols={4} spacing="xs" role="timer" aria-label={heading}>
          {UNITS.map((unit) => (
            <Stack key={unit} gap={0} align="center" data-testid={`countdown-${unit}`}>
              <Text fz={28} fw={700} lh={1.1} ff="monospace">
                {String(remaining[unit]).padStart(unit === 'days' ? 1 : 2, '0')}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`calls.countdown.${unit}`)}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <VisuallyHidden aria-live="polite" aria-atomic="true">
          {announcement}
        </VisuallyHidden>
      </Stack>
    </Paper>
  );
}
