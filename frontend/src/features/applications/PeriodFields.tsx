import { Alert, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatDate } from '../../i18n';
import { checkPeriod } from './period';

interface Props {
  duration: Schemas['CallDuration'];
  start: string | null;
  end: string | null;
  onChange: (field: 'plannedStart' | 'plannedEnd', value: string | null) => void;
  errors: { plannedStart?: string; plannedEnd?: string };
  readOnly: boolean;
}

/** The planned start and end, with the type's limits and the length they make. */
export function PeriodFields({ duration, start, end, onChange, errors, readOnly }: Props) {
  const { t } = useTranslation();
  const unit = t(`applications.period.unit.${duration.unit}`);
  const limits = t('applications.period.limits', {
    minimum: duration.minimum,
    maximum: duration.maximum,
    unit,
  });
  const check = checkPeriod(
    duration.unit,
    duration.minimum,
    duration.maximum,
    start ?? undefined,
    end ?? undefined,
  );

  let length: string | undefined;
  if (check.kind === 'length') {
    length =
      duration.unit === 'MONTHS'
        ? t('applications.period.lengthMonths', {
            days: check.days,
            months: check.months,
            remainingDays: check.remainingDays,
          })
        : t('applications.period.lengthDays', { days: check.days });
  }

  if (readOnly) {
    return (
      <Stack gap={4}>
        <Text>
          {start && end
            ? t('applications.period.fromTo', {
                start: formatDate(start),
                end: formatDate(end),
              })
            : t('applications.period.none')}
        </Text>
        {length && (
          <Text size="sm" c="dimmed">
            {length}
          </Text>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {limits}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('applications.period.start')}
          value={start ?? ''}
          error={errors.plannedStart}
          onChange={(event) => onChange('plannedStart', event.currentTarget.value || null)}
        />
        <TextInput
          type="date"
          label={t('applications.period.end')}
          value={end ?? ''}
          min={start ?? undefined}
          error={errors.plannedEnd}
          onChange={(event) => onChange('plannedEnd', event.currentTarget.value || null)}
        />
      </SimpleGrid>
      <div aria-live="polite">
        {check.kind === 'endBeforeStart' && (
          <Alert color="orange" p="xs">
            {t('applications.period.endBeforeStart')}
          </Alert>
        )}
        {check.kind === 'length' && (
          <Text size="sm" c={check.withinLimits ? 'dimmed' : 'orange.9'}>
            {length}
            {check.tooShort && ` — ${t('applications.period.tooShort', { limits })}`}
            {check.tooLong && ` — ${t('applications.period.tooLong', { limits })}`}
          </Text>
        )}
      </div>
    </Stack>
  );
}
