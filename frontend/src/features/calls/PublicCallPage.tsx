import { Badge, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { DetailSection } from '../../components/DetailSection';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { useNow } from '../../components/useNow';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../i18n';
import { usePublicCall, type PublicCall } from './api';
import { ApplyAction, ApplyHint } from './ApplyAction';
import {
  DescriptionSection,
  DocumentsSection,
  EligibilitySection,
  PlacesSection,
} from './CallSections';
import { CriteriaSection } from './CriteriaSection';
import { CopyLinkButton } from './CopyLinkButton';
import { Countdown } from './Countdown';
import { countdownState } from './countdown';
import { ScheduleTimes } from './ScheduleTimes';
import { useCallText } from './text';

/** One open or upcoming call as anyone reads it, with the time left and the way to apply. */
export function PublicCallPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = usePublicCall(id);
  const text = useCallText();
  usePageTitle(query.data ? text.text(query.data.title) : t('calls.public.title'));

  let content;
  if (query.isPending) content = <PageState kind="loading" />;
  else if (query.isError)
    content = (
      <LoadError
        asPage
        error={query.error}
        notFound={t('calls.public.notFound')}
        onRetry={() => void query.refetch()}
      />
    );
  else content = <PublicCallView call={query.data} />;

  return (
    <Stack>
      <BackLink to="/calls" label={t('calls.public.title')} />
      {content}
    </Stack>
  );
}

function PublicCallView({ call }: { call: PublicCall }) {
  const { t } = useTranslation();
  const text = useCallText();
  const now = useNow();
  const state = countdownState(
    now,
    Date.parse(call.schedule.opensAt),
    Date.parse(call.schedule.deadline),
  );
  const accepting = call.schedule.acceptingApplications && state.phase !== 'closed';

  return (
    <Stack>
      <Stack gap="xs">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {text.text(call.title)}
        </Title>
        <Group gap="xs">
          <Badge variant="light">{text.mobilityType(call.mobilityType)}</Badge>
          <Badge variant="outline" color="gray">
            {t('calls.academicYearValue', { year: call.academicYear })}
          </Badge>
        </Group>
      </Stack>
      <Stack gap="xs">
        <Group gap="sm">
          {accepting && <ApplyAction callId={call.id} />}
          <CopyLinkButton path={`/calls/${call.id}`} />
        </Group>
        {accepting && <ApplyHint />}
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Countdown state={state} />
        <DetailSection title={t('calls.schedule.title')}>
          <ScheduleTimes schedule={call.schedule} />
        </DetailSection>
      </SimpleGrid>

      <DescriptionSection description={call.description} />
      <PlacesSection places={call.places} />
      <EligibilitySection
        mobilityType={call.mobilityType}
        duration={call.duration}
        eligibility={call.eligibility}
        maxPreferences={call.maxPreferences}
      />
      <CriteriaSection criteria={call.criteria} ranking={call.ranking} />
      <DocumentsSection documents={call.documents} />
      {call.amendments.length > 0 && (
        <DetailSection title={t('calls.public.amendments')}>
          <List size="sm" spacing="xs">
            {call.amendments.map((amendment) => (
              <List.Item key={amendment.at}>
                <Text size="sm" fw={500}>
                  {formatDateTime(amendment.at)} ·{' '}
                  {amendment.changedFields.map((part) => text.part(part)).join(', ')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {amendment.reason}
                </Text>
              </List.Item>
            ))}
          </List>
        </DetailSection>
      )}
    </Stack>
  );
}
