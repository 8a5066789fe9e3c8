import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import { formatDateTime } from '../../i18n';
import { useCallChanges, type Call } from './api';
import { useCallText } from './text';

/** Who published and changed the call, when, why and which parts, oldest first. */
export function ChangeLog({ call }: { call: Call }) {
  const { t } = useTranslation();
  const text = useCallText();
  const query = useCallChanges(call.id, call.version);
  if (query.isPending) return <PageState kind="loading" />;
  if (query.isError) return <PageState kind="error" onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) return <Text c="dimmed">{t('calls.changes.empty')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={query.data.length - 1}>
      {query.data.map((change, index) => (
        <Timeline.Item
          key={`${change.at}-${index}`}
          title={
            <Group gap="xs">
              <Text size="sm" fw={600} component="span">
                {t(`calls.changes.action.${change.action}`)}
              </Text>
              <Text size="sm" c="dimmed" component="span">
                {t('calls.changes.by', { at: formatDateTime(change.at), name: change.actor })}
              </Text>
            </Group>
          }
        >
          <Stack gap={4}>
            {change.changedFields.length > 0 && (
              <Group gap={4}>
                <Text size="sm" c="dimmed" component="span">
                  {t('calls.changes.parts')}
                </Text>
                {change.changedFields.map((part) => (
                  <Badge key={part} variant="outline" color="gray" size="sm">
                    {text.part(part)}
                  </Badge>
                ))}
              </Group>
            )}
            {change.reason && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {t('calls.changes.reason', { reason: change.reason })}
              </Text>
            )}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
