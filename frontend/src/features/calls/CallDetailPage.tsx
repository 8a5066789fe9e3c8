import { Anchor, Badge, DataList, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { DetailItem, DetailSection } from '../../components/DetailSection';
import { formatDateTime } from '../../i18n';
import type { Call } from './api';
import { CallActions } from './CallActions';
import { CallLoader } from './CallLoader';
import {
  DescriptionSection,
  DocumentsSection,
  EligibilitySection,
  PlacesSection,
} from './CallSections';
import { CriteriaSection } from './CriteriaSection';
import { CallStatusBadge } from './CallStatusBadge';
import { ChangeLog } from './ChangeLog';
import { ScheduleTimes } from './ScheduleTimes';
import { TEXT_LANGUAGES } from './api';
import { useCallText } from './text';
import { PanelLink } from '../selection/PanelLink';
import { SelectionLink } from '../selection/SelectionLink';
import { ApplicationsLink } from '../review';

export function CallDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const text = useCallText();
  return (
    <Stack>
      <BackLink to="/manage/calls" label={t('calls.manage.title')} />
      <CallLoader
        id={id}
        asPage
        titleOf={(call) => (call ? text.text(call.title) : t('calls.manage.title'))}
      >
        {(call, reload) => <CallDetail call={call} onReload={reload} />}
      </CallLoader>
    </Stack>
  );
}

function Facts({ call }: { call: Call }) {
  const { t } = useTranslation();
  const written = TEXT_LANGUAGES.filter((language) => call.title[language]);
  return (
    <DetailSection title={t('calls.detail.facts')}>
      <DataList>
        <DetailItem label={t('calls.form.direction')}>
          {t(`calls.direction.${call.direction}`)}
        </DetailItem>
        <DetailItem label={t('calls.form.project')}>
          {call.project ? (
            <Anchor component={Link} to={`/manage/projects/${call.project.id}`} size="sm">
              {call.project.reference}
            </Anchor>
          ) : (
            t('calls.detail.noProject')
          )}
        </DetailItem>
        <DetailItem label={t('calls.detail.textLanguages')}>
          {written.map((language) => t(`calls.textLanguage.${language}`)).join(', ')}
        </DetailItem>
        {call.publishedAt && (
          <DetailItem label={t('calls.detail.published')}>
            {t('calls.changes.by', {
              at: formatDateTime(call.publishedAt),
              name: call.publishedBy ?? '',
            })}
          </DetailItem>
        )}
        <DetailItem label={t('calls.detail.created')}>
          {t('calls.changes.by', { at: formatDateTime(call.createdAt), name: call.createdBy })}
        </DetailItem>
        <DetailItem label={t('calls.detail.changed')}>
          {t('calls.changes.by', { at: formatDateTime(call.updatedAt), name: call.updatedBy })}
        </DetailItem>
        {/* The API counts saves from 0; people count versions from 1. */}
        <DetailItem label={t('calls.detail.version')}>{call.version + 1}</DetailItem>
      </DataList>
    </DetailSection>
  );
}

function CallDetail({ call, onReload }: { call: Call; onReload: () => void }) {
  const { t } = useTranslation();
  const text = useCallText();
  return (
    <Stack>
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {text.text(call.title)}
          </Title>
          <CallStatusBadge status={call.status} />
        </Group>
        <Group gap="xs">
          <Badge variant="light">{text.mobilityType(call.mobilityType)}</Badge>
          <Badge variant="outline" color="gray">
            {t('calls.academicYearValue', { year: call.academicYear })}
          </Badge>
          {call.status === 'PUBLISHED' && (
            <Anchor component={Link} to={`/calls/${call.id}`} size="sm">
              {t('calls.detail.publicPage')}
            </Anchor>
          )}
        </Group>
      </Stack>
      <Group gap="sm">
        <CallActions call={call} onReload={onReload} />
        {call.status !== 'DRAFT' && <ApplicationsLink callId={call.id} />}
        {call.status !== 'DRAFT' && <PanelLink callId={call.id} />}
        {call.status === 'CLOSED' && <SelectionLink callId={call.id} />}
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Facts call={call} />
        <DetailSection title={t('calls.schedule.title')}>
          <ScheduleTimes schedule={call.schedule} />
        </DetailSection>
      </SimpleGrid>
      <DescriptionSection description={call.description} />
      <PlacesSection places={call.places} internal />
      <EligibilitySection
        mobilityType={call.mobilityType}
        duration={call.duration}
        eligibility={call.eligibility}
        maxPreferences={call.maxPreferences}
      />
      <CriteriaSection criteria={call.criteria} ranking={call.ranking} />
      <DocumentsSection documents={call.documents} />
      <DetailSection title={t('calls.changes.title')}>
        <ChangeLog call={call} />
      </DetailSection>
    </Stack>
  );
}
