import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailSection } from '../../components/DetailSection';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { useCoverage } from './api';

/** How the panel covers the eligible applications, in two numbers, with the way to the panel to fix it. */
export function SelectionCoverageSummary({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const coverage = useCoverage(callId);

  let content;
  if (coverage.isPending) content = <PageState kind="loading" />;
  else if (coverage.isError)
    content = (
      <LoadError
        error={coverage.error}
        notFound={t('calls.manage.notFound')}
        onRetry={() => void coverage.refetch()}
      />
    );
  else {
    const short = coverage.data.totals.shortApplications;
    const conflicted = coverage.data.applications.filter(
      (application) => application.conflicts.length > 0,
    ).length;
    content = (
      <Group gap="xs">
        <Badge color={short > 0 ? 'orange' : 'teal'} variant="light" tt="none">
          {t('selection.board.coverage.short', { count: short })}
        </Badge>
        <Badge color={conflicted > 0 ? 'orange' : 'gray'} variant="light" tt="none">
          {t('selection.board.coverage.conflicted', { count: conflicted })}
        </Badge>
      </Group>
    );
  }

  return (
    <DetailSection title={t('selection.board.coverage.title')}>
      {content}
      <Text size="xs" c="dimmed">
        {t('selection.board.coverage.hint')}
      </Text>
      <Anchor component={Link} to={`/manage/calls/${callId}/panel`} size="sm">
        {t('selection.board.coverage.openPanel')}
      </Anchor>
    </DetailSection>
  );
}
