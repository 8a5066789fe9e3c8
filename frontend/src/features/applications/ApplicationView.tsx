import { Alert, Box, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { RefusalAlert, StaleAlert } from '../../components/FormAlerts';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../i18n';
import { applicationKey, fetchApplication, type MyApplication } from './api';
import { ApplicationTimeline } from './ApplicationTimeline';
import { Checklist } from './Checklist';
import { DeadlineText } from './DeadlineText';
import { DocumentsSection } from './DocumentsSection';
import { FormSection } from './FormSection';
import { MotivationField } from './MotivationField';
import { PeriodFields } from './PeriodFields';
import { PreferencesEditor } from './PreferencesEditor';
import { Receipt } from './Receipt';
import { SaveIndicator } from './SaveIndicator';
import { SelectionResult } from './SelectionResult';
import { checklistComplete, SECTION_IDS } from './sections';
import { ApplicationStatusBadge, EligibilityBadge } from './StatusBadges';
import { SubmitPanel } from './SubmitPanel';
import { localized, useApplicationText } from './text';
import { useApplicationDraft } from './useApplicationDraft';
import { WithdrawPanel } from './WithdrawPanel';

function ReadOnlyNotice({ application }: { application: MyApplication }) {
  const { t } = useTranslation();
  const { schedule } = application.call;
  let message: string | undefined;
  let action: ReactNode;
  if (application.status === 'WITHDRAWN') {
    const time = application.withdrawnAt ? formatDateTime(application.withdrawnAt) : '';
    // Who withdrew may apply again, with a new application, while the call accepts them.
    if (schedule.acceptingApplications) {
      message = t('applications.readOnly.withdrawnOpen', { time });
      action = (
        <Button component={Link} to={`/calls/${application.call.id}/apply`} size="xs" mt="xs">
          {t('applications.readOnly.applyAgain')}
        </Button>
      );
    } else message = t('applications.readOnly.withdrawn', { time });
  } else if (application.status === 'SUBMITTED') {
    message = schedule.acceptingApplications
      ? t('applications.readOnly.submittedOpen')
      : t('applications.readOnly.submittedClosed');
  } else if (!schedule.acceptingApplications) {
    message =
      new Date(schedule.opensAt) > new Date()
        ? t('applications.readOnly.notOpen', { time: formatDateTime(schedule.opensAt) })
        : t('applications.readOnly.closed', { time: formatDateTime(schedule.deadline) });
  }
  if (!message) return null;
  return (
    <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
      {message}
      {action && <div>{action}</div>}
    </Alert>
  );
}

/** The application page: header, checklist, the draft's sections, submission and history. */
export function ApplicationView({ application }: { application: MyApplication }) {
  const { t } = useTranslation();
  const text = useApplicationText();
  const client = useQueryClient();
  const { call } = application;
  const title = localized(call.title, text.language);
  usePageTitle(title || t('applications.page.title'));

  const editable = application.status === 'DRAFT' && call.schedule.acceptingApplications;
  const draft = useApplicationDraft(application, editable);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const statusHeading = useRef<HTMLHeadingElement>(null);
  const [focusStatus, setFocusStatus] = useState(false);

  useEffect(() => {
    if (focusStatus) statusHeading.current?.focus();
  }, [focusStatus]);

  const reload = async () => {
    const fresh = await client.fetchQuery({
      queryKey: applicationKey(application.id),
      queryFn: () => fetchApplication(application.id),
      staleTime: 0,
    });
    return fresh;
  };

  const documentsChanged = async () => {
    const fresh = await reload();
    draft.adopt(fresh);
  };

  const complete = checklistComplete(application.checklist);
  // The API lets a draft or a submitted application be withdrawn strictly before the deadline.
  // (by this page's clock when it opened; the server refuses it after the deadline anyway).
  const [openedAt] = useState(() => Date.now());
  const beforeDeadline = new Date(call.schedule.deadline).getTime() > openedAt;

  return (
    <Stack gap="md" maw={1200}>
      <BackLink to="/me/applications" label={t('applications.page.back')} />
      <Stack gap="xs">
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed" ref={statusHeading} tabIndex={-1} component="span">
            {t('applications.page.status')}
          </Text>
          <ApplicationStatusBadge status={application.status} />
          <EligibilityBadge eligibility={application.eligibility} />
        </Group>
        <Text size="sm" c="dimmed">
          {t(`grant.mobilityType.${call.mobilityType}`)} · {call.academicYear}
        </Text>
        <DeadlineText schedule={call.schedule} />
      </Stack>

      <ReadOnlyNotice application={application} />
      {application.eligibility === 'INELIGIBLE' && application.eligibilityReason && (
        <Alert color="red" title={t('applications.eligibility.INELIGIBLE')}>
          {application.eligibilityReason}
        </Alert>
      )}
      {application.status === 'SUBMITTED' && (
        <>
          <Receipt application={application} focus={justSubmitted} />
          <SelectionResult application={application} />
        </>
      )}
      {draft.stale && (
        <StaleAlert
          title={t('applications.stale.title')}
          message={t('applications.stale.message')}
          reloadLabel={t('applications.stale.ok')}
          onReload={draft.dismissStale}
        />
      )}
      <RefusalAlert title={t('applications.save.refused')} messages={draft.otherErrors} />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Box pos={{ base: 'static', md: 'sticky' }} top={76}>
            <Stack gap="sm">
              {editable && <SaveIndicator state={draft.state} onRetry={draft.retry} />}
              {application.status !== 'WITHDRAWN' && (
                <Checklist
                  checklist={application.checklist}
                  requirements={call.documents}
                  editable={editable}
                />
              )}
            </Stack>
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            <FormSection id={SECTION_IDS.PREFERENCES} title={t('applications.preferences.title')}>
              <PreferencesEditor
                places={call.places}
                max={call.maxPreferences}
                value={draft.values.preferences}
                onChange={(value) => draft.change('preferences', value)}
                error={draft.fieldErrors.preferences}
                readOnly={!editable}
              />
            </FormSection>
            <FormSection id={SECTION_IDS.PERIOD} title={t('applications.period.title')}>
              <PeriodFields
                duration={call.duration}
                start={draft.values.plannedStart}
                end={draft.values.plannedEnd}
                onChange={(field, value) => draft.change(field, value)}
                errors={draft.fieldErrors}
                readOnly={!editable}
              />
            </FormSection>
            <FormSection id={SECTION_IDS.MOTIVATION} title={t('applications.motivation.title')}>
              <MotivationField
                value={draft.values.motivation}
                onChange={(value) => draft.change('motivation', value)}
                error={draft.fieldErrors.motivation}
                readOnly={!editable}
              />
            </FormSection>
            <FormSection id={SECTION_IDS.DOCUMENTS} title={t('applications.documents.title')}>
              <DocumentsSection
                application={application}
                editable={editable}
                onChanged={documentsChanged}
              />
            </FormSection>
            {editable && (
              <FormSection id="application-submit" title={t('applications.submit.title')}>
                <SubmitPanel
                  application={application}
                  complete={complete}
                  beforeSubmit={draft.settle}
                  onSubmitted={() => setJustSubmitted(true)}
                  onRefused={reload}
                />
              </FormSection>
            )}
            {application.status !== 'WITHDRAWN' && beforeDeadline && (
              <FormSection id="application-withdraw" title={t('applications.withdraw.title')}>
                <WithdrawPanel
                  application={application}
                  onWithdrawn={() => setFocusStatus(true)}
                  onRefused={reload}
                />
              </FormSection>
            )}
            <FormSection id="application-timeline" title={t('applications.timeline.title')}>
              <ApplicationTimeline events={application.timeline} />
            </FormSection>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
