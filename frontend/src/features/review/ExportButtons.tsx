import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchExport, type ExportFormat, type ExportQuery } from './api';
import { saveBlob } from '../../components/saveBlob';

interface Props {
  callId: string;
  /** The filters and order of the list, which the export follows. */
  query: Omit<ExportQuery, 'format'>;
  /** Nothing to export. */
  disabled?: boolean;
}

const ICONS: Record<ExportFormat, typeof IconFileTypeCsv> = {
  csv: IconFileTypeCsv,
  xlsx: IconFileSpreadsheet,
};

/** CSV and XLSX downloads of every application the list's filters match. */
export function ExportButtons({ callId, query, disabled }: Props) {
  const { t } = useTranslation();
  const [running, setRunning] = useState<ExportFormat | null>(null);
  const [failed, setFailed] = useState(false);

  const download = async (format: ExportFormat) => {
    setRunning(format);
    setFailed(false);
    try {
      const { blob, fileName } = await fetchExport(callId, query, format);
      saveBlob(blob, fileName ?? `applications.${format}`);
    } catch {
      setFailed(true);
    } finally {
      setRunning(null);
    }
  };

  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs" role="group" aria-label={t('review.export.label')}>
        {(['csv', 'xlsx'] as const).map((format) => {
          const Icon = ICONS[format];
          return (
            <Button
              key={format}
              variant="default"
              leftSection={<Icon size={16} aria-hidden />}
              loading={running === format}
              disabled={disabled || (running !== null && running !== format)}
              onClick={() => void download(format)}
            >
              {t(`review.export.${format}`)}
            </Button>
          );
        })}
      </Group>
      {failed && (
        <Alert
          role="alert"
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          withCloseButton
          closeButtonLabel={t('review.export.dismiss')}
          onClose={() => setFailed(false)}
          w="100%"
        >
          {t('review.export.failed')}
        </Alert>
      )}
    </Stack>
  );
}
