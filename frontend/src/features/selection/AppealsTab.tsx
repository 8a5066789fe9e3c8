import { Button, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppealBadge } from '../../components/AppealBadge';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDateTime } from '../../i18n';
import { AnswerAppealDialog } from './AnswerAppealDialog';
import { AppealWindow } from './AppealWindow';
import { useAppeals, useResults, type Appeal } from './commissionApi';

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** The appeal's text, then the answer with who gave it and when once it is answered. */
function AppealDetail({ appeal }: { appeal: Appeal }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('selection.results.appeals.text')}
      </Text>
      <Text size="sm" style={pre}>
        {appeal.text}
      </Text>
      {appeal.decision && (
        <>
          <Text size="sm" fw={500} mt="xs">
            {t('selection.results.appeals.answerBy', {
              by: appeal.answeredBy ?? '',
              at: appeal.answeredAt ? formatDateTime(appeal.answeredAt) : '',
            })}
          </Text>
          <Text size="sm" style={pre}>
            {appeal.answer}
          </Text>
        </>
      )}
    </Stack>
  );
}

/** The Appeals tab: the candidates' appeals against the published results, waiting ones first, each answered once. */
export function AppealsTab({ callId, timeZone }: { callId: string; timeZone: string }) {
  const { t } = useTranslation();
  const results = useResults(callId);
  const appeals = useAppeals(callId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [answering, setAnswering] = useState<Appeal | null>(null);
  const [opened, setOpened] = useState(false);
  const [returnFocus, setReturnFocus] = useState(true);

  const failed = results.error ?? appeals.error;
  if (failed)
    return (
      <LoadError
        error={failed}
        notFound={t('calls.manage.notFound')}
        onRetry={() => void (results.isError ? results.refetch() : appeals.refetch())}
      />
    );
  if (!results.data || !appeals.data) return <PageState kind="loading" />;
  if (!results.data.published)
    return <PageState kind="info" title={t('selection.results.appeals.notPublished')} />;

  return (
    <Stack gap="md">
      <Title order={2} size="h4" ref={headingRef} tabIndex={-1}>
        {t('selection.results.appeals.title')}
      </Title>
      <AppealWindow results={results.data} timeZone={timeZone} />
      {appeals.data.length === 0 ? (
        <PageState
          kind="empty"
          title={t('selection.results.appeals.empty')}
          description={t('selection.results.appeals.emptyHint')}
        />
      ) : (
        <ResponsiveTable
          label={t('selection.results.appeals.table')}
          items={appeals.data}
          keyOf={(appeal) => appeal.id}
          minWidth={640}
          primary={{
            key: 'candidate',
            header: t('selection.results.appeals.candidate'),
            render: (appeal) => (
              <Stack gap={0}>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {appeal.applicantName}
                </Text>
                <Text size="xs" c="dimmed">
                  {appeal.receiptNumber}
                </Text>
              </Stack>
            ),
          }}
          columns={[
            {
              key: 'lodged',
              header: t('selection.results.appeals.lodged'),
              render: (appeal) => formatDateTime(appeal.lodgedAt),
            },
            {
              key: 'status',
              header: t('selection.results.appeals.status'),
              render: (appeal) => (
                <AppealBadge
                  decision={appeal.decision}
                  label={t(`selection.results.appeals.state.${appeal.decision ?? 'WAITING'}`)}
                />
              ),
            },
          ]}
          actions={{
            header: t('selection.results.appeals.actions'),
            render: (appeal) =>
              appeal.decision ? null : (
                <Button
                  size="xs"
                  aria-label={t('selection.results.appeals.answerFor', {
                    name: appeal.applicantName,
                  })}
                  onClick={() => {
                    setReturnFocus(true);
                    setAnswering(appeal);
                    setOpened(true);
                  }}
                >
                  {t('selection.results.appeals.answer')}
                </Button>
              ),
          }}
          detail={(appeal) => <AppealDetail appeal={appeal} />}
        />
      )}
      <AnswerAppealDialog
        callId={callId}
        appeal={answering}
        opened={opened}
        returnFocus={returnFocus}
        onClose={() => setOpened(false)}
        onAnswered={() => {
          // The answered appeal has no button left to return to.
          setReturnFocus(false);
          setOpened(false);
          headingRef.current?.focus();
          notifications.show({ color: 'teal', message: t('selection.results.appeals.answered') });
        }}
      />
    </Stack>
  );
}
