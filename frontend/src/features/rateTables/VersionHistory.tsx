import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime } from '../../i18n/format';
import { useFinalise, type RateTableSummary } from './api';

interface Props {
  versions: RateTableSummary[];
  shown: number;
  /** Administrators may mark a draft final. */
  canFinalise: boolean;
  onShow: (version: number) => void;
}

/** The versions of one call year, newest first: who made each and why, and which are final. */
export function VersionHistory({ versions, shown, canFinalise, onShow }: Props) {
  const { t } = useTranslation();
  const finalise = useFinalise();
  const [confirming, setConfirming] = useState<RateTableSummary>();

  const markFinal = () => {
    if (!confirming) return;
    finalise.mutate(
      { callYear: confirming.callYear, version: confirming.version },
      {
        onSuccess: (done) => {
          notifications.show({
            color: 'teal',
            message: t('rateTables.finalised', { version: done.version }),
          });
          setConfirming(undefined);
        },
        onError: () => {
          notifications.show({ color: 'red', message: t('rateTables.finaliseFailed') });
          setConfirming(undefined);
        },
      },
    );
  };

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" aria-label={t('rateTables.historyTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rateTables.version')}</Table.Th>
              <Table.Th scope="col">{t('rateTables.made')}</Table.Th>
              <Table.Th scope="col">{t('rateTables.reason')}</Table.Th>
              <Table.Th scope="col">{t('rateTables.statusTitle')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((version) => (
              <Table.Tr
                key={version.version}
                bg={version.version === shown ? 'var(--mantine-primary-color-light)' : undefined}
              >
                <Table.Td>
                  <Button
                    variant={version.version === shown ? 'filled' : 'subtle'}
                    size="compact-sm"
                    onClick={() => onShow(version.version)}
                    aria-pressed={version.version === shown}
                    aria-label={t('rateTables.showVersion', { version: version.version })}
                  >
                    {t('rateTables.versionNumber', { version: version.version })}
                  </Button>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(version.createdAt)}</Text>
                  <Text size="xs" c="dimmed">
                    {version.seeded ? t('rateTables.seededBy') : version.createdBy}
                  </Text>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }} miw={200}>
                  {version.seeded ? t('rateTables.seededReason') : version.reason}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {version.status === 'FINAL' ? (
                    <Stack gap={2}>
                      <Badge color="teal" tt="none" miw="max-content">
                        {t('rateTables.status.FINAL')}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {t('rateTables.finalisedBy', {
                          name: version.finalisedBy,
                          at: version.finalisedAt ? formatDateTime(version.finalisedAt) : '',
                        })}
                      </Text>
                    </Stack>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Badge color="gray" tt="none" miw="max-content">
                        {t('rateTables.status.DRAFT')}
                      </Badge>
                      {canFinalise && (
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setConfirming(version)}
                        >
                          {t('rateTables.markFinal')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={confirming !== undefined}
        title={t('rateTables.markFinalTitle', {
          version: confirming?.version,
          year: confirming?.callYear,
        })}
        message={t('rateTables.markFinalMessage')}
        confirmLabel={t('rateTables.markFinal')}
        loading={finalise.isPending}
        onConfirm={markFinal}
        onCancel={() => setConfirming(undefined)}
      />
    </>
  );
}
