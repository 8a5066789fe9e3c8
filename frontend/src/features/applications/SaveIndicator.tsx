import { Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../i18n';
import type { SaveState } from './useApplicationDraft';

/** Whether the draft is saved, announced politely to screen readers. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="status" aria-live="polite" mih={28}>
      {state.kind === 'saving' && (
        <>
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            {t('applications.save.saving')}
          </Text>
        </>
      )}
      {state.kind === 'saved' && (
        <>
          <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
          <Text size="sm" c="dimmed">
            {t('applications.save.savedAt', { time: formatTime(state.at) })}
          </Text>
        </>
      )}
      {state.kind === 'failed' && (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden />
          <Text size="sm" c="red.8">
            {t('applications.save.failed')}
          </Text>
          <Button size="compact-sm" variant="default" onClick={onRetry}>
            {t('applications.save.retry')}
          </Button>
        </>
      )}
    </Group>
  );
}
