import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import type { ReviewTimelineEntry } from './api';

/** What happened to the application, oldest first, with who did it and why. */
export function Timeline({
  entries,
  timeZone,
}: {
  entries: ReviewTimelineEntry[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Text c="dimmed">{t('review.timeline.empty')}</Text>;
  return (
    <ResponsiveTable
      label={t('review.timeline.title')}
      items={entries}
      keyOf={(entry) => `${entry.at}-${entry.kind}-${entry.actor}`}
      primary={{
        key: 'at',
        header: t('review.timeline.at'),
        render: (entry) => (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(entry.at, timeZone)}
          </Text>
        ),
      }}
      columns={[
        {
          key: 'kind',
          header: t('review.timeline.kind'),
          render: (entry) =>
            entry.decision
              ? t(`review.timeline.decided.${entry.decision}`)
              : t(`review.timeline.kinds.${entry.kind}`),
        },
        { key: 'actor', header: t('review.timeline.actor'), render: (entry) => entry.actor },
        {
          key: 'detail',
          header: t('review.timeline.detail'),
          render: (entry) =>
            entry.detail ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {entry.detail}
              </Text>
            ) : (
              t('common.none')
            ),
        },
      ]}
      minWidth={640}
    />
  );
}
