import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useRefusalText } from '../../components/refusalText';
import { usePageTitle } from '../../components/usePageTitle';
import { useAssignedApplications, useDeclare, type AssignedApplication } from './api';
import { DeclareDialog } from './DeclareDialog';
import type { EvaluationLinkState } from './EvaluationPage';

const STATE_COLOR = { NOT_DECLARED: 'orange', NO_CONFLICT: 'teal', CONFLICT: 'gray' } as const;
const EVALUATION_COLOR = { NOT_STARTED: 'orange', DRAFT: 'blue', SUBMITTED: 'teal' } as const;

/**
 * /evaluate/calls/:callId — the applications assigned to the evaluator, showing only what is needed
 * to spot a conflict of interest until they declare one way or the other.
 */
export function EvaluatorApplicationsPage() {
  const { t } = useTranslation();
  const { callId = '' } = useParams();
  usePageTitle(t('selection.declare.title'));
  const applications = useAssignedApplications(callId);
  const declare = useDeclare(callId);
  const refusalText = useRefusalText();
  const [conflictFor, setConflictFor] = useState<AssignedApplication | null>(null);

  const send = (application: AssignedApplication, conflict: boolean, note?: string) =>
    declare.mutate(
      { applicationId: application.applicationId, conflict, note },
      {
        onSuccess: () => {
          setConflictFor(null);
          notifications.show({
            color: 'teal',
            message: t(
              conflict ? 'selection.declare.conflictDone' : 'selection.declare.noConflictDone',
              {
                name: application.applicantName,
              },
            ),
          });
        },
        onError: (error) =>
          notifications.show({
            color: 'red',
            message:
              error instanceof ApiProblem && error.errors.length > 0
                ? error.errors.map(refusalText).join(' ')
                : t('common.errorDescription'),
          }),
      },
    );

  let content;
  if (applications.isPending) content = <PageState kind="loading" />;
  else if (applications.isError)
    content = (
      <LoadError
        error={applications.error}
        notFound={t('selection.declare.notOnPanel')}
        onRetry={() => void applications.refetch()}
      />
    );
  else if (applications.data.items.length === 0)
    content = <PageState kind="empty" title={t('selection.declare.empty')} />;
  else
    content = (
      <ResponsiveTable
        label={t('selection.declare.applications')}
        items={applications.data.items}
        keyOf={(application) => application.applicationId}
        minWidth={720}
        primary={{
          key: 'applicant',
          header: t('selection.declare.applicant'),
          render: (application) => (
            <>
              {application.declaration.state === 'NO_CONFLICT' ? (
                <Anchor
                  component={Link}
                  to={`/evaluate/applications/${application.applicationId}`}
                  state={{ callId } satisfies EvaluationLinkState}
                  size="sm"
                  fw={500}
                >
                  {application.applicantName}
                </Anchor>
              ) : (
                <Text size="sm" fw={500}>
                  {application.applicantName}
                </Text>
              )}
              <Text size="sm" c="dimmed">
                {[application.receiptNumber, application.studyProgramme ?? application.department]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </>
          ),
        }}
        columns={[
          {
            key: 'declaration',
            header: t('selection.declare.declaration'),
            render: ({ declaration }) => (
              <Stack gap={2}>
                <Badge
                  color={STATE_COLOR[declaration.state]}
                  variant="light"
                  tt="none"
                  w="fit-content"
                >
                  {t(`selection.declare.state.${declaration.state}`)}
                </Badge>
                {declaration.note && (
                  <Text size="sm" c="dimmed">
                    {declaration.note}
                  </Text>
                )}
              </Stack>
            ),
          },
          {
            key: 'evaluation',
            header: t('selection.declare.evaluation'),
            render: ({ evaluation }) =>
              evaluation && (
                <Badge color={EVALUATION_COLOR[evaluation]} variant="light" tt="none">
                  {t(`selection.declare.evaluationState.${evaluation}`)}
                </Badge>
              ),
          },
        ]}
        actions={{
          header: t('selection.declare.actions'),
          render: (application) => {
            const { state } = application.declaration;
            if (state === 'CONFLICT') return null;
            return (
              <Group gap="xs">
                {state === 'NOT_DECLARED' && (
                  <Button
                    size="xs"
                    variant="default"
                    loading={
                      declare.isPending &&
                      declare.variables?.applicationId === application.applicationId
                    }
                    onClick={() => send(application, false)}
                    aria-label={t('selection.declare.noConflictFor', {
                      name: application.applicantName,
                    })}
                  >
                    {t('selection.declare.noConflict')}
                  </Button>
                )}
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setConflictFor(application)}
                  aria-label={t('selection.declare.conflictFor', {
                    name: application.applicantName,
                  })}
                >
                  {t('selection.declare.conflict')}
                </Button>
              </Group>
            );
          },
        }}
      />
    );

  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/evaluate" size="sm">
        {t('selection.declare.back')}
      </Anchor>
      <Title order={1}>{t('selection.declare.title')}</Title>
      <Text c="dimmed">{t('selection.declare.intro')}</Text>
      {content}
      <DeclareDialog
        key={conflictFor?.applicationId ?? 'none'}
        application={conflictFor}
        loading={declare.isPending}
        onDeclare={(note) => conflictFor && send(conflictFor, true, note)}
        onCancel={() => setConflictFor(null)}
      />
    </Stack>
  );
}
