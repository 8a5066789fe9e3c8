import {
  Anchor,
  Button,
  DataList,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarEvent, IconDownload, IconMailOpened, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { DetailItem, DetailSection } from '../../components/DetailSection';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDateTime, formatFileSize } from '../../i18n';
import { DownloadFailed } from '../selection/DownloadFailed';
import { useDownload } from '../selection/useDownload';
import { useCallText } from '../calls/text';
import { useCountryNames, useLanguageNames, useNameById } from '../reference';
import {
  fetchLetter,
  isOpen,
  participantName,
  useNomination,
  type Nomination,
  type NominationLetter,
} from './api';
import { CancelDialog } from './CancelDialog';
import { callNominationsPath } from './listParams';
import { NominationStatusBadge } from './NominationStatusBadge';
import { NominationTimeline } from './NominationTimeline';
import { PeriodDialog } from './PeriodDialog';
import { RecordDecisionDialog } from './RecordDecisionDialog';
import { useCallTitles, usePeriodText } from './text';

function Participant({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const country = useCountryNames();
  const language = useLanguageNames();
  const { cycle } = useCallText();
  const { participant } = nomination;
  const none = t('common.none');
  return (
    <DetailSection title={t('nominations.detail.participant')}>
      <DataList>
        <DetailItem label={t('nominations.detail.name')}>{participantName(nomination)}</DetailItem>
        <DetailItem label={t('nominations.detail.email')}>{participant.email ?? none}</DetailItem>
        <DetailItem label={t('nominations.detail.dateOfBirth')}>
          {participant.dateOfBirth ? formatDate(participant.dateOfBirth) : none}
        </DetailItem>
        <DetailItem label={t('nominations.detail.citizenship')}>
          {participant.citizenship ? country(participant.citizenship) : none}
        </DetailItem>
        <DetailItem label={t('nominations.detail.cycle')}>
          {participant.eqfLevel ? cycle(participant.eqfLevel) : none}
        </DetailItem>
        <DetailItem label={t('nominations.detail.programme')}>
          {participant.studyProgramme ?? none}
        </DetailItem>
        <DetailItem label={t('nominations.detail.languages')}>
          {participant.languages
            .map((known) => `${language(known.language)} ${known.cefrLevel}`)
            .join(', ') || none}
        </DetailItem>
      </DataList>
    </DetailSection>
  );
}

function Mobility({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const nameById = useNameById();
  const calls = useCallTitles();
  const { mobilityType } = useCallText();
  const period = usePeriodText();
  return (
    <DetailSection title={t('nominations.detail.mobility')}>
      <DataList>
        <DetailItem label={t('nominations.detail.partner')}>
          {nameById(nomination.partnerInstitutionId, '—')}
        </DetailItem>
        <DetailItem label={t('nominations.detail.call')}>
          <Anchor component={Link} to={callNominationsPath(nomination.callId)} size="sm">
            {calls.title(nomination.callId) ?? t('nominations.detail.callNominations')}
          </Anchor>
        </DetailItem>
        <DetailItem label={t('nominations.detail.agreement')}>
          <Anchor component={Link} to={`/manage/agreements/${nomination.agreementId}`} size="sm">
            {t('nominations.detail.agreementLink', { year: nomination.academicYear })}
          </Anchor>
        </DetailItem>
        <DetailItem label={t('nominations.detail.type')}>
          {mobilityType(nomination.mobilityType)}
        </DetailItem>
        <DetailItem label={t('nominations.detail.period')}>{period(nomination)}</DetailItem>
        {nomination.overrideReason && (
          <DetailItem label={t('nominations.detail.overrideReason')}>
            {nomination.overrideReason}
          </DetailItem>
        )}
        <DetailItem label={t('nominations.detail.nominated')}>
          {formatDateTime(nomination.createdAt)}
        </DetailItem>
      </DataList>
    </DetailSection>
  );
}

/** The partner's answer, or the home coordinator's cancellation, with its reason. */
function Decision({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const period = usePeriodText();
  const { status } = nomination;
  if (status === 'NOMINATED') return <Text size="sm">{t('nominations.detail.awaiting')}</Text>;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t(`nominations.detail.decision.${status}`)}
      </Text>
      {status === 'ACCEPTED' && <Text size="sm">{period(nomination)}</Text>}
      {nomination.reason && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {nomination.reason}
        </Text>
      )}
      {byHand(nomination) && (
        <Text size="sm" c="dimmed">
          {t('nominations.detail.byHand')}
        </Text>
      )}
      {nomination.letter && <Letter nomination={nomination} letter={nomination.letter} />}
    </Stack>
  );
}

/** Whether a coordinator recorded the partner's decision, as the timeline says. */
function byHand(nomination: Nomination): boolean {
  return (nomination.timeline ?? []).some(
    (event) =>
      (event.kind === 'ACCEPTED' || event.kind === 'REJECTED') &&
      event.detail.recordedByHand === true,
  );
}

function Letter({ nomination, letter }: { nomination: Nomination; letter: NominationLetter }) {
  const { t, i18n } = useTranslation();
  const download = useDownload<'letter'>();
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm">
          {t('nominations.detail.letter', {
            name: letter.fileName,
            size: formatFileSize(letter.sizeBytes, t, i18n.language),
            time: formatDateTime(letter.uploadedAt),
          })}
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={download.running === 'letter'}
          onClick={() =>
            void download.download('letter', async () => ({
              blob: await fetchLetter(nomination.id),
              fileName: letter.fileName,
            }))
          }
        >
          {t('nominations.detail.downloadLetter')}
        </Button>
      </Group>
      {download.failed && <DownloadFailed onDismiss={download.dismiss} />}
    </Stack>
  );
}

function Documents({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const { documentType } = useCallText();
  if (nomination.documents.length === 0)
    return <Text size="sm">{t('nominations.detail.noDocuments')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {nomination.documents.map((document) => (
        <List.Item key={document.id}>
          {document.otherLabel ?? documentType(document.type)}: {document.fileName}
        </List.Item>
      ))}
    </List>
  );
}

function NominationDetail({ nomination, reload }: { nomination: Nomination; reload: Reload }) {
  const { t } = useTranslation();
  const [cancelling, cancelDialog] = useDisclosure();
  const [moving, periodDialog] = useDisclosure();
  const [recording, recordDialog] = useDisclosure();
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={1}>{participantName(nomination)}</Title>
          <NominationStatusBadge status={nomination.status} />
        </Group>
        {isOpen(nomination) && (
          <Group gap="xs">
            {nomination.status === 'NOMINATED' && (
              <Button
                variant="default"
                leftSection={<IconMailOpened size={16} aria-hidden />}
                onClick={recordDialog.open}
              >
                {t('nominations.actions.record')}
              </Button>
            )}
            <Button
              variant="default"
              leftSection={<IconCalendarEvent size={16} aria-hidden />}
              onClick={periodDialog.open}
            >
              {t('nominations.actions.period')}
            </Button>
            <Button
              color="red"
              variant="light"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={cancelDialog.open}
            >
              {t('nominations.actions.cancel')}
            </Button>
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Participant nomination={nomination} />
        <Mobility nomination={nomination} />
      </SimpleGrid>
      <DetailSection title={t('nominations.detail.decisionTitle')}>
        <Decision nomination={nomination} />
      </DetailSection>
      <DetailSection title={t('nominations.detail.documents')}>
        <Documents nomination={nomination} />
      </DetailSection>
      <DetailSection title={t('nominations.detail.timeline')}>
        <NominationTimeline events={nomination.timeline ?? []} />
      </DetailSection>
      <CancelDialog
        nomination={nomination}
        opened={cancelling}
        onClose={cancelDialog.close}
        {...reload}
      />
      <PeriodDialog
        nomination={nomination}
        opened={moving}
        onClose={periodDialog.close}
        {...reload}
      />
      <RecordDecisionDialog
        nomination={nomination}
        opened={recording}
        onClose={recordDialog.close}
        {...reload}
      />
    </Stack>
  );
}

interface Reload {
  reloading: boolean;
  onReload: () => void;
}

export function NominationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useNomination(id);
  usePageTitle(query.data ? participantName(query.data) : t('nominations.title'));
  let content;
  if (query.isPending) content = <PageState kind="loading" />;
  else if (query.isError)
    content = (
      <LoadError
        asPage
        error={query.error}
        notFound={t('nominations.notFound')}
        onRetry={() => void query.refetch()}
      />
    );
  else
    content = (
      <NominationDetail
        nomination={query.data}
        reload={{ reloading: query.isFetching, onReload: () => void query.refetch() }}
      />
    );
  return (
    <Stack>
      <BackLink to="/manage/nominations" label={t('nominations.title')} />
      {content}
    </Stack>
  );
}
