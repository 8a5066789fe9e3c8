import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { BackLink } from '../../components/BackLink';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, useLanguage } from '../../i18n';
import {
  ApplicantSection,
  ChoicesSection,
  DocumentsSection,
  localizedText,
  MotivationSection,
} from '../review';
import {
  fetchEvaluatedDocument,
  useEvaluatedApplication,
  type EvaluatedApplication,
} from './scoringApi';
import { EVALUATION_ANCHOR, ScoringSection } from './ScoringSection';

/** What the applications list hands over, so that a refusal can lead back to it. */
export interface EvaluationLinkState {
  callId: string;
}

/**
 * /evaluate/applications/:applicationId — one application assigned to the evaluator, as it bears on
 * the merit (no contact details), with their blind scoring form.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { applicationId = '' } = useParams();
  const from = (useLocation().state as EvaluationLinkState | null)?.callId;
  const content = useEvaluatedApplication(applicationId);
  usePageTitle(
    content.data
      ? t('selection.scoring.title', { receipt: content.data.receiptNumber })
      : t('selection.evaluate.title'),
  );

  if (content.isPending) return <PageState kind="loading" />;
  if (content.isError) {
    const status = content.error instanceof ApiProblem ? content.error.status : undefined;
    if (status !== 403 && status !== 404)
      return <PageState kind="error" asPage onRetry={() => void content.refetch()} />;
    return (
      <PageState
        kind="info"
        asPage
        title={t(status === 403 ? 'selection.scoring.notDeclared' : 'selection.scoring.notFound')}
        action={
          from ? (
            <BackLink to={`/evaluate/calls/${from}`} label={t('selection.scoring.back')} />
          ) : (
            <BackLink to="/evaluate" label={t('selection.declare.back')} />
          )
        }
      />
    );
  }
  return <Evaluation application={content.data} />;
}

function Evaluation({ application }: { application: EvaluatedApplication }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { profile, call } = application;
  const callTitle = localizedText(call.title, language);
  return (
    <Stack>
      <BackLink to={`/evaluate/calls/${call.id}`} label={t('selection.scoring.back')} />
      <Stack gap="xs">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {t('selection.scoring.title', { receipt: application.receiptNumber })}
        </Title>
        <Text c="dimmed">
          {t('selection.scoring.subtitle', {
            call: callTitle,
            date: formatDateTime(application.submittedAt),
          })}
        </Text>
        <Anchor href={`#${EVALUATION_ANCHOR}`} size="sm">
          {t('selection.scoring.toEvaluation')}
        </Anchor>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ApplicantSection
          name={`${profile.givenName} ${profile.familyName}`}
          profile={profile}
          // The view names no mobility type: a profile with a post and no studies is staff's.
          staffCall={!profile.studyProgramme && Boolean(profile.department || profile.position)}
        />
        <ChoicesSection call={callTitle} application={application} />
      </SimpleGrid>

      <MotivationSection motivation={application.motivation} />

      <DocumentsSection
        documents={application.documents}
        fetchDocument={(document, inline) =>
          fetchEvaluatedDocument(application.id, document, inline)
        }
      />

      <ScoringSection applicationId={application.id} />
    </Stack>
  );
}
