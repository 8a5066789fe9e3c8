import {
  Anchor,
  Button,
  DataList,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../../auth';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../i18n';
import { useMoney } from '../grants/text';
import { useInstitutionNames } from '../reference';
import { useProject, type Project, type ProjectInstitution } from './api';
import { BackToList } from './BackToList';
import { BudgetTable } from './BudgetTable';
import { FundedAgreements } from './FundedAgreements';
import { LoadError } from '../../components/LoadError';
import { ProjectStatusBadge } from './ProjectStatusBadge';
import { useProjectText } from './text';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function InstitutionName({ institution }: { institution: ProjectInstitution }) {
  const names = useInstitutionNames();
  return (
    <>
      <Anchor component={Link} to={`/manage/partners/${institution.id}`}>
        {names.name(institution)}
      </Anchor>{' '}
      <Text span c="dimmed" size="sm">
        ({institution.city}, {names.country(institution)})
      </Text>
    </>
  );
}

export function ProjectDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useProject(id);
  usePageTitle(query.data ? query.data.reference : t('projects.title'));

  let content;
  if (query.isPending) content = <PageState kind="loading" />;
  else if (query.isError)
    content = (
      <LoadError
        error={query.error}
        notFound={t('projects.notFound')}
        onRetry={() => void query.refetch()}
        asPage
      />
    );
  else content = <ProjectDetail project={query.data} />;

  return (
    <Stack>
      <BackToList />
      {content}
    </Stack>
  );
}

function ProjectDetail({ project }: { project: Project }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { money } = useMoney();
  const { period } = useProjectText();

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {project.reference}
          </Title>
          <ProjectStatusBadge status={project.status} />
        </Group>
        {user.hasAnyRole('coordinator') && (
          <Button
            component={Link}
            to={`/manage/projects/${project.id}/edit`}
            leftSection={<IconPencil size={16} aria-hidden />}
          >
            {t('common.edit')}
          </Button>
        )}
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('projects.detail.facts')}>
          <DataList>
            <Item label={t('projects.form.callYear')}>{project.callYear}</Item>
            <Item label={t('projects.form.beneficiary')}>
              <InstitutionName institution={project.beneficiary} />
            </Item>
            <Item label={t('projects.form.period')}>
              {period(project.startDate, project.endDate)}
            </Item>
            <Item label={t('projects.detail.duration')}>
              {t('projects.form.months', { months: project.durationMonths })}
            </Item>
            <Item label={t('projects.detail.totalAllocated')}>{money(project.totalAllocated)}</Item>
            <Item label={t('projects.detail.changed')}>
              {t('projects.detail.changedBy', {
                name: project.updatedBy,
                date: formatDateTime(project.updatedAt),
              })}
            </Item>
          </DataList>
        </Section>
        <Section title={t('projects.detail.partners', { count: project.partners.length })}>
          <List spacing={4}>
            {project.partners.map((partner) => (
              <List.Item key={partner.id}>
                <InstitutionName institution={partner} />
              </List.Item>
            ))}
          </List>
        </Section>
      </SimpleGrid>

      <Section title={t('projects.form.notes')}>
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          {project.notes || t('projects.detail.noNotes')}
        </Text>
      </Section>

      <Section title={t('projects.detail.agreements')}>
        <FundedAgreements projectId={project.id} />
      </Section>

      <Section title={t('projects.budget.title')}>
        <BudgetTable projectId={project.id} />
      </Section>
    </Stack>
  );
}
