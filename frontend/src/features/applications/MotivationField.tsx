import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CountedTextarea } from '../../components/CountedTextarea';

export const MAX_MOTIVATION = 10_000;

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  readOnly: boolean;
}

/** Why the applicant wants to go, with the characters left. */
export function MotivationField({ value, onChange, error, readOnly }: Props) {
  const { t } = useTranslation();
  if (readOnly) {
    return value ? (
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Text>
    ) : (
      <Text c="dimmed">{t('applications.motivation.none')}</Text>
    );
  }
  const over = value.length > MAX_MOTIVATION;
  return (
    <CountedTextarea
      label={t('applications.motivation.label')}
      description={t('applications.motivation.hint')}
      minRows={6}
      maxRows={20}
      value={value}
      error={
        error ?? (over ? t('applications.motivation.tooLong', { max: MAX_MOTIVATION }) : undefined)
      }
      onChange={(event) => onChange(event.currentTarget.value)}
      counter={t('applications.motivation.counter', { count: value.length, max: MAX_MOTIVATION })}
      over={over}
    />
  );
}
