import { Anchor, DataList, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { DetailItem, DetailSection } from '../../components/DetailSection';
import { formatDateTime } from '../../i18n';
import type { Agreement, Amendment } from './api';
import { AgreementActions } from './AgreementActions';
import { AgreementLoader } from './AgreementLoader';
import { TransitionList, VersionList } from './AgreementHistory';
import { AgreementStatusBadge, AmendmentBadge, ExpiringBadge } from './AgreementStatusBadge';
import { HashCode } from '../../components/HashCode';
import { FlowsTable } from './FlowsTable';
import { wasApproved } from './lifecycle';
import { SideDetails } from './SideDetails';
import { formatDate, useAgreementParties, useAgreementText } from './text';
import { useNameById } from '../reference';
import { VersionDiff } from './VersionDiff';

export function AgreementDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const nameById = useNameById();
  return (
    <Stack>
      <BackLink to="/manage/agreements" label={t('agreements.title')} />
      <AgreementLoader
        id={id}
        asPage
        titleOf={(agreement) =>
          agreement
            ? nameById(agreement.partnerInstitutionId, agreement.partnerInstitutionName)
            : t('agreements.title')
        }
      >
        {(agreement, reload) => <AgreementDetail agreement={agreement} onReload={reload} />}
      </AgreementLoader>
    </Stack>
  );
}

function Facts({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const { years, amendment } = useAgreementText();
  const approved = wasApproved(agreement);
  return (
    <DetailSection title={t('agreements.detail.facts')}>
      <DataList>
        <DetailItem label={t('agreements.detail.years')}>
          {years(agreement.firstAcademicYear, agreement.lastAcademicYear)}
        </DetailItem>
        <DetailItem label={t('agreements.detail.endsOn')}>
          {formatDate(agreement.endsOn)}
        </DetailItem>
        <DetailItem label={t('agreements.detail.conditions')}>
          {t('agreements.versions.label', { number: agreement.conditionsNumber })}
        </DetailItem>
        <DetailItem label={t('agreements.detail.contentHash')}>
          <HashCode
            hash={agreement.contentHash}
            label={t('agreements.hash.full', { hash: agreement.contentHash })}
          />
        </DetailItem>
        <DetailItem label={t('agreements.detail.projects')}>
          {agreement.projects.length ? (
            <List size="sm" spacing={2}>
              {agreement.projects.map((project) => (
                <List.Item key={project.id}>
                  <Anchor component={Link} to={`/manage/projects/${project.id}`} size="sm">
                    {project.reference}
                  </Anchor>{' '}
                  <Text span size="sm" c="dimmed">
                    ({project.callYear})
                  </Text>
                </List.Item>
              ))}
            </List>
          ) : (
            t('agreements.detail.noProjects')
          )}
        </DetailItem>
        <DetailItem label={t('agreements.detail.approved')}>
          {approved
            ? t('agreements.versions.label', { number: agreement.conditionsNumber })
            : t('agreements.detail.neverApproved')}
        </DetailItem>
        {approved && agreement.status !== 'TERMINATED' && (
          <DetailItem label={t('agreements.amendment.fact')}>
            {agreement.amendment ? amendment(agreement.amendment) : t('agreements.amendment.none')}
          </DetailItem>
        )}
        {agreement.terminationDate && (
          <DetailItem label={t('agreements.detail.terminated')}>
            {formatDate(agreement.terminationDate)}
            {agreement.terminationReason && ` · ${agreement.terminationReason}`}
            {agreement.terminationOverrideReason && (
              <Text size="sm" c="dimmed">
                {t('agreements.detail.overrideReason', {
                  reason: agreement.terminationOverrideReason,
                })}
              </Text>
            )}
          </DetailItem>
        )}
        <DetailItem label={t('agreements.detail.changed')}>
          {formatDateTime(agreement.updatedAt)}
        </DetailItem>
      </DataList>
    </DetailSection>
  );
}

function AgreementDetail({ agreement, onReload }: { agreement: Agreement; onReload: () => void }) {
  const { t } = useTranslation();
  const { years } = useAgreementText();
  const parties = useAgreementParties(agreement);

  return (
    <Stack>
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {parties.partner}
          </Title>
          <AgreementStatusBadge status={agreement.status} />
          {agreement.amendment && <AmendmentBadge amendment={agreement.amendment} />}
          {agreement.expiringSoon && <ExpiringBadge />}
        </Group>
        <Text c="dimmed">
          {t('agreements.detail.subtitle', {
            home: parties.home,
            years: years(agreement.firstAcademicYear, agreement.lastAcademicYear),
          })}
        </Text>
      </Stack>
      <AgreementActions agreement={agreement} onReload={onReload} />

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Facts agreement={agreement} />
        <SideDetails
          title={t('agreements.side.of', { name: parties.home })}
          side={agreement.home}
        />
        <SideDetails
          title={t('agreements.side.of', { name: parties.partner })}
          side={agreement.partner}
        />
      </SimpleGrid>

      <DetailSection title={t('agreements.flows.title')}>
        <FlowsTable agreement={agreement} />
      </DetailSection>

      {agreement.amendment && (
        <AmendmentSection agreement={agreement} amendment={agreement.amendment} />
      )}

      <DetailSection title={t('agreements.form.notes')}>
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          {agreement.notes || t('agreements.detail.noNotes')}
        </Text>
      </DetailSection>

      <DetailSection title={t('agreements.versions.title')}>
        <VersionList agreement={agreement} />
      </DetailSection>
      <DetailSection title={t('agreements.history.title')}>
        <TransitionList agreement={agreement} />
      </DetailSection>
    </Stack>
  );
}

/** The amendment in progress: what it changes in the version in force, and its flows. */
function AmendmentSection({
  agreement,
  amendment,
}: {
  agreement: Agreement;
  amendment: Amendment;
}) {
  const { t } = useTranslation();
  const { years } = useAgreementText();
  return (
    <Stack>
      <DetailSection
        title={t('agreements.amendment.title', { number: amendment.conditionsNumber })}
      >
        <Stack gap="xs">
          <Group gap="xs">
            <AmendmentBadge amendment={amendment} />
            <Text size="sm">{years(amendment.firstAcademicYear, amendment.lastAcademicYear)}</Text>
          </Group>
          <Text size="sm">
            {t('agreements.amendment.inForce', {
              inForce: agreement.conditionsNumber,
              number: amendment.conditionsNumber,
            })}
          </Text>
          <HashCode
            hash={amendment.contentHash}
            label={t('agreements.hash.full', { hash: amendment.contentHash })}
          />
        </Stack>
      </DetailSection>
      <VersionDiff agreement={agreement} amendment={amendment} />
      <DetailSection title={t('agreements.amendment.flows')}>
        <FlowsTable
          agreement={agreement}
          flows={amendment.flows}
          label={t('agreements.amendment.flows')}
        />
      </DetailSection>
    </Stack>
  );
}
