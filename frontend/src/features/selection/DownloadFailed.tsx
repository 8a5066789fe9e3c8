import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A download that did not come through, until dismissed. */
export function DownloadFailed({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      role="alert"
      color="red"
      icon={<IconAlertTriangle aria-hidden />}
      withCloseButton
      closeButtonLabel={t('selection.ranking.downloadDismiss')}
      onClose={onDismiss}
    >
      {t('selection.ranking.downloadFailed')}
    </Alert>
  );
}
