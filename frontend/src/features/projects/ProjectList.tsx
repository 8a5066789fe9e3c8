import { Anchor, Box, Card, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageState } from '../../components/PageState';
import { useMoney } from '../grants/text';
import { useProjectList, type ProjectSummary } from './api';
import { isFiltered, PAGE_SIZE, toProjectListQuery, useProjectListParams } from './listParams';
import { ProjectFilters } from './ProjectFilters';
import { ProjectStatusBadge } from './ProjectStatusBadge';
import { useProjectText } from './text';

interface Column {
  key: string;
  header: string;
  render: (project: ProjectSummary) => ReactNode;
}

function useColumns(): Column[] {
  const { t } = useTranslation();
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
      render: (project) => project.beneficiary.name,
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
  const phone = useMediaQuery('(max-width: 48em)');
  const columns = useColumns();

  if (phone) {
    return (
      <Stack gap="sm">
        {items.map((project) => (
          <Card key={project.id} withBorder padding="sm" component="article">
            <ReferenceLink project={project} />
            <Stack gap={4} mt="xs">
              {columns.map((column) => (
                <Group key={column.key} gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" c="dimmed" miw={110}>
                    {column.header}
                  </Text>
                  <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
                    {column.render(project)}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('projects.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('projects.columns.reference')}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((project) => (
            <Table.Tr key={project.id}>
              <Table.Td>
                <ReferenceLink project={project} />
              </Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(project)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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
