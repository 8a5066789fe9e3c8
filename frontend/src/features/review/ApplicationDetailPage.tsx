import { Alert, Anchor, DataList, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../../auth';
import { BackLink } from '../../components/BackLink';
import { DetailItem, DetailSection } from '../../components/DetailSection';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, useLanguage } from '../../i18n';
import { fetchDocument, useReviewApplication, type ReviewApplication } from './api';
import { ApplicantSection } from './ApplicantSection';
import { ApplicationBadges, EligibilityBadge } from './Badges';
import { DocumentsSection } from './DocumentsSection';
import { EligibilityForm } from './EligibilityForm';
import { NoteForm } from './NoteForm';
import { Timeline } from './Timeline';
import { ChoicesSection, MotivationSection } from './RequestSections';
import { localizedText } from './text';

/** One submitted application: what the applicant sent, the decision, the note and the timeline. */
export function ApplicationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useReviewApplication(id);
  usePageTitle(
    query.data
      ? t('review.detail.title', { receipt: query.data.receiptNumber })
      : t('review.applications'),
  );
  if (query.isPending) return <PageState kind="loading" />;
  if (query.isError)
    return (
      <LoadError
        asPage
        error={query.error}
        notFound={t('review.detail.notFound')}
        onRetry={() => void query.refetch()}
      />
    );
  return (
    <ApplicationDetail
      application={query.data}
      onReload={async () => (await query.refetch()).data}
    />
  );
}

interface DetailProps {
  application: ReviewApplication;
  /** Reads the application again; undefined when that failed. */
  onReload: () => Promise<ReviewApplication | undefined>;
}

function ApplicationDetail({ application, onReload }: DetailProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const user = useCurrentUser();
  const coordinator = user.hasAnyRole('coordinator');
  const { call, profile } = application;
  const timeZone = call.schedule.timeZone;
  const callTitle = localizedText(call.title, language);
  // The version both forms send. It moves on with this page's own saves and with a reload the
  // coordinator asked for, never with a background refetch, so that someone else's change
  // meanwhile is refused rather than silently overwritten.
  const [version, setVersion] = useState(application.version);

  const reload = async () => {
    const current = await onReload();
    if (current) setVersion(current.version);
    else notifications.show({ color: 'red', message: t('common.errorDescription') });
  };
  const saved = (result: ReviewApplication) => setVersion(result.version);

  return (
    <Stack>
      <BackLink
        to={`/manage/calls/${call.id}/applications`}
        label={t('review.detail.backToList')}
      />
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {t('review.detail.title', { receipt: application.receiptNumber })}
          </Title>
          <ApplicationBadges status={application.status} eligibility={application.eligibility} />
        </Group>
        <Text c="dimmed">
          {application.applicantName} ·{' '}
          {t('review.detail.submittedOn', {
            date: formatDateTime(application.submittedAt, timeZone),
          })}
          {application.withdrawnAt &&
            ` · ${t('review.detail.withdrawnOn', { date: formatDateTime(application.withdrawnAt, timeZone) })}`}
        </Text>
        <Text size="sm" c="dimmed">
          {t('review.timesIn', { zone: timeZone })}
        </Text>
      </Stack>
      {!coordinator && (
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
          {t('review.detail.readOnly')}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ApplicantSection
          name={application.applicantName}
          profile={profile}
          contact={{ ...profile, email: application.applicantEmail ?? profile.email }}
          staffCall={call.mobilityType.startsWith('STAFF_')}
        />
        <ChoicesSection
          call={
            <>
              <Anchor component={Link} to={`/manage/calls/${call.id}`} size="sm">
                {callTitle}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                ({call.academicYear})
              </Text>
            </>
          }
          application={application}
        />
      </SimpleGrid>

      <MotivationSection motivation={application.motivation} />

      <DocumentsSection
        documents={application.documents}
        fetchDocument={(document, inline) => fetchDocument(application.id, document, inline)}
        timeZone={timeZone}
      />

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <DetailSection title={t('review.decision.title')}>
          <CurrentDecision application={application} timeZone={timeZone} />
          {coordinator &&
            (application.status === 'SUBMITTED' ? (
              <EligibilityForm
                application={application}
                version={version}
                onSaved={saved}
                onReload={reload}
              />
            ) : (
              <Alert color="gray" icon={<IconInfoCircle aria-hidden />}>
                {t('review.decision.withdrawn')}
              </Alert>
            ))}
        </DetailSection>
        <DetailSection title={t('review.note.title')}>
          {coordinator ? (
            <NoteForm
              application={application}
              version={version}
              onSaved={saved}
              onReload={reload}
            />
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('review.note.hint')}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {application.coordinatorNote || t('review.note.empty')}
              </Text>
            </>
          )}
        </DetailSection>
      </SimpleGrid>

      <DetailSection title={t('review.timeline.title')}>
        <Timeline entries={application.timeline} timeZone={timeZone} />
      </DetailSection>
    </Stack>
  );
}

/** The decision in force: which, when, by whom and why. */
function CurrentDecision({
  application,
  timeZone,
}: {
  application: ReviewApplication;
  timeZone: string;
}) {
  const { t } = useTranslation();
  return (
    <DataList>
      <DetailItem label={t('review.decision.current')}>
        <Stack gap={4} align="flex-start">
          <EligibilityBadge eligibility={application.eligibility} />
          {application.eligibilityDecidedAt && (
            <Text size="sm" c="dimmed">
              {t('review.decision.decidedBy', {
                date: formatDateTime(application.eligibilityDecidedAt, timeZone),
                name: application.eligibilityDecidedBy ?? '',
              })}
            </Text>
          )}
        </Stack>
      </DetailItem>
      {application.eligibility !== 'PENDING' && (
        <DetailItem label={t('review.decision.reason')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {application.eligibilityReason || t('review.decision.noReason')}
          </Text>
        </DetailItem>
      )}
    </DataList>
  );
}
