import { Alert, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, localizedName, useLanguage } from '../../i18n';
import type { Call } from '../calls/api';
import { pickText } from '../calls/text';
import type { AllocationRun } from './commissionApi';
import { CountGrid } from './CountGrid';
import { RunExportMenu } from './RunExportMenu';

const COUNTS = ['candidates', 'ranked', 'placed', 'reserve', 'notSelected', 'incomplete'] as const;

/** A run's header: whether it is still current, who ran it, its counts, the tie-breaks and each partner's places. */
export function RunSummary({ run, call }: { run: AllocationRun; call: Call }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rules = run.tieBreaks.map((rule) =>
    t(`selection.ranking.rule.${rule}`, {
      criterion: pickText(call.criteria[run.heaviestCriterion]?.name, language),
    }),
  );
  return (
    <Stack gap="md">
      {!run.current && (
        <Alert
          role="alert"
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('selection.ranking.outOfDate')}
        >
          {t('selection.ranking.outOfDateHint')}
        </Alert>
      )}
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('selection.ranking.ranBy', {
            at: formatDateTime(run.createdAt),
            by: run.createdBy,
            version: run.rulesVersion,
          })}
        </Text>
        <RunExportMenu callId={run.callId} runId={run.id} />
      </Group>
      <CountGrid
        label={t('selection.ranking.counts')}
        cols={{ base: 2, sm: 3, lg: 6 }}
        counts={COUNTS.map((count) => ({
          key: count,
          label: t(`selection.ranking.count.${count}`),
          value: run.counts[count],
        }))}
      />
      <Text size="sm">
        {rules.length > 0
          ? t('selection.ranking.tieBreaks', { rules: rules.join(' → ') })
          : t('selection.ranking.noTieBreaks')}
        {run.minimumTotal !== undefined &&
          ` ${t('selection.ranking.minimumTotal', { minimum: formatNumber(run.minimumTotal, language) })}`}
      </Text>
      <Stack gap="xs" component="section" aria-labelledby="run-partners">
        <Title order={3} size="h4" id="run-partners">
          {t('selection.ranking.partners')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {run.partners.map(({ partner, places, filled }) => {
            const name = localizedName(partner, language);
            const filledText = t('selection.ranking.filled', { filled, count: places });
            return (
              <Stack key={partner.id} gap={4}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {name}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {filledText}
                  </Text>
                </Group>
                <Progress
                  value={places > 0 ? (100 * filled) / places : 0}
                  aria-label={`${name}: ${filledText}`}
                />
              </Stack>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
