import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  message: string;
  confirmLabel: string;
  color?: string;
  pending: boolean;
  onBack: () => void;
  onConfirm: () => void;
}

/** A dialog's second step: what is about to happen, then back or confirm. */
export function ConfirmStep({ message, confirmLabel, color, pending, onBack, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text>{message}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack} disabled={pending}>
          {t('common.back')}
        </Button>
        <Button color={color} loading={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
