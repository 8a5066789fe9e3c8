import { Anchor, Box, Group, Pagination, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageState } from '../../components/PageState';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { useMoney } from '../grants/text';
import { useInstitutionNames } from '../reference';
import { useProjectList, type ProjectSummary } from './api';
import { isFiltered, PAGE_SIZE, toProjectListQuery, useProjectListParams } from './listParams';
import { ProjectFilters } from './ProjectFilters';
import { ProjectStatusBadge } from './ProjectStatusBadge';
import { useProjectText } from './text';

function useColumns(): Column<ProjectSummary>[] {
  const { t } = useTranslation();
  const names = useInstitutionNames();
  const { money } = useMoney();
  const { period } = useProjectText();
  return [
    {
      key: 'callYear',
      header: t('projects.columns.callYear'),
      render: (project) => project.callYear,
    },
    {
      key: 'beneficiary',
      header: t('projects.columns.beneficiary'),
      render: (project) => names.name(project.beneficiary),
    },
    {
      key: 'period',
      header: t('projects.columns.period'),
      render: (project) => period(project.startDate, project.endDate),
    },
    {
      key: 'status',
      header: t('projects.columns.status'),
      render: (project) => <ProjectStatusBadge status={project.status} />,
    },
    {
      key: 'partners',
      header: t('projects.columns.partners'),
      render: (project) => project.partnerCount,
    },
    {
      key: 'allocated',
      header: t('projects.columns.allocated'),
      render: (project) => money(project.totalAllocated),
    },
  ];
}

function ReferenceLink({ project }: { project: ProjectSummary }) {
  return (
    <Anchor component={Link} to={`/manage/projects/${project.id}`} fw={500} size="sm">
      {project.reference}
    </Anchor>
  );
}

/** Projects as a table, or as cards on a phone. */
function ProjectTable({ items }: { items: ProjectSummary[] }) {
  const { t } = useTranslation();
  const columns = useColumns();
  return (
    <ResponsiveTable
      label={t('projects.title')}
      items={items}
      keyOf={(project) => project.id}
      primary={{
        key: 'reference',
        header: t('projects.columns.reference'),
        render: (project) => <ReferenceLink project={project} />,
      }}
      columns={columns}
    />
  );
}

/** The filters and one page of projects, or the loading, error or empty state. */
export function ProjectList() {
  const { t } = useTranslation();
  const [params, setParams] = useProjectListParams();
  const query = useProjectList(toProjectListQuery(params));

  let results;
  if (query.isPending) results = <PageState kind="loading" />;
  else if (query.isError) results = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    results = (
      <PageState
        kind="empty"
        title={isFiltered(params) ? t('projects.empty.filters') : t('projects.empty.none')}
        description={isFiltered(params) ? t('projects.empty.hint') : undefined}
      />
    );
  else {
    const pages = Math.max(1, Math.ceil(query.data.total / PAGE_SIZE));
    results = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed" role="status">
          {t('projects.total', { count: query.data.total })}
        </Text>
        <Box opacity={query.isPlaceholderData ? 0.6 : 1} aria-busy={query.isFetching}>
          <ProjectTable items={query.data.items} />
        </Box>
        {pages > 1 && (
          <Group justify="center" component="nav" aria-label={t('common.pagination')}>
            <Pagination
              total={pages}
              value={params.page}
              onChange={(page) => setParams({ page })}
            />
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <>
      <ProjectFilters params={params} onChange={setParams} />
      {results}
    </>
  );
}
