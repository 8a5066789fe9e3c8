import { Anchor, Badge, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../i18n';
import { useCallText } from '../calls/text';
import { useMyEvaluationCalls, type EvaluationCall } from './api';

/** How many of the applications I may score I have submitted, and the drafts saved meanwhile. */
function ScoringProgress({ call }: { call: EvaluationCall }) {
  const { t } = useTranslation();
  if (call.noConflict === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('selection.evaluate.nothingToScore')}
      </Text>
    );
  const scored = t('selection.evaluate.scored', {
    submitted: call.submitted,
    total: call.noConflict,
  });
  return (
    <Stack gap={4} miw={160}>
      <Progress
        value={(100 * call.submitted) / call.noConflict}
        color={call.submitted === call.noConflict ? 'teal' : 'blue'}
        aria-label={scored}
      />
      <Text size="sm">
        {scored}
        {call.drafts > 0 && ` · ${t('selection.evaluate.drafts', { count: call.drafts })}`}
      </Text>
    </Stack>
  );
}

/** /evaluate — the calls whose panel the evaluator is on, with the declarations still to make and the scoring done. */
export function EvaluatorCallsPage() {
  const { t } = useTranslation();
  const text = useCallText();
  usePageTitle(t('selection.evaluate.title'));
  const calls = useMyEvaluationCalls();

  let content;
  if (calls.isPending) content = <PageState kind="loading" />;
  else if (calls.isError)
    content = (
      <LoadError
        error={calls.error}
        notFound={t('calls.manage.notFound')}
        onRetry={() => void calls.refetch()}
      />
    );
  else if (calls.data.items.length === 0)
    content = (
      <PageState
        kind="empty"
        title={t('selection.evaluate.empty')}
        description={t('selection.evaluate.emptyHint')}
      />
    );
  else
    content = (
      <ResponsiveTable
        label={t('selection.evaluate.calls')}
        items={calls.data.items}
        keyOf={(call) => call.callId}
        minWidth={820}
        primary={{
          key: 'call',
          header: t('selection.evaluate.call'),
          render: (call) => (
            <Anchor component={Link} to={`/evaluate/calls/${call.callId}`} fw={500} size="sm">
              {text.text(call.title)}
            </Anchor>
          ),
        }}
        columns={[
          {
            key: 'status',
            header: t('selection.evaluate.status'),
            render: (call) =>
              call.status === 'CLOSED'
                ? t('selection.evaluate.open')
                : t('selection.evaluate.notClosed', { deadline: formatDateTime(call.deadline) }),
          },
          {
            key: 'declarations',
            header: t('selection.evaluate.declarations'),
            render: (call) => (
              <Group gap={4}>
                <Badge color={call.toDeclare > 0 ? 'orange' : 'teal'} variant="light" tt="none">
                  {call.toDeclare > 0
                    ? t('selection.evaluate.toDeclare', { count: call.toDeclare })
                    : t('selection.evaluate.allDeclared')}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('selection.evaluate.counts', {
                    assigned: call.assigned,
                    noConflict: call.noConflict,
                    conflicts: call.conflicts,
                  })}
                </Text>
              </Group>
            ),
          },
          {
            key: 'scoring',
            header: t('selection.evaluate.scoring'),
            render: (call) => <ScoringProgress call={call} />,
          },
        ]}
      />
    );

  return (
    <Stack maw={1100}>
      <Title order={1}>{t('selection.evaluate.title')}</Title>
      <Text c="dimmed">{t('selection.evaluate.intro')}</Text>
      {content}
    </Stack>
  );
}
