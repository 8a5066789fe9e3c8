import { Button, Menu, Stack } from '@mantine/core';
import {
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconFileTypeCsv,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fetchRunExport, type ExportFormat } from './commissionApi';
import { DownloadFailed } from './DownloadFailed';
import { useDownload } from './useDownload';

const ICONS: Record<ExportFormat, typeof IconFileTypeCsv> = {
  csv: IconFileTypeCsv,
  xlsx: IconFileSpreadsheet,
};

/** The run's ranking as a CSV or XLSX file. */
export function RunExportMenu({ callId, runId }: { callId: string; runId: string }) {
  const { t } = useTranslation();
  const file = useDownload<ExportFormat>();
  return (
    <Stack gap="xs" align="flex-end">
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            loading={file.running !== null}
          >
            {t('selection.ranking.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(['csv', 'xlsx'] as const).map((format) => {
            const Icon = ICONS[format];
            return (
              <Menu.Item
                key={format}
                leftSection={<Icon size={16} aria-hidden />}
                onClick={() =>
                  void file.download(format, () => fetchRunExport(callId, runId, format))
                }
              >
                {t(`selection.ranking.exportAs.${format}`)}
              </Menu.Item>
            );
          })}
        </Menu.Dropdown>
      </Menu>
      {file.failed && <DownloadFailed onDismiss={file.dismiss} />}
    </Stack>
  );
}
