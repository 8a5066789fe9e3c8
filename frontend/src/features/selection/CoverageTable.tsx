import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import type { Coverage, Evaluator } from './api';
import { SelectionApplicant } from './SelectionApplicant';

function names(evaluators: Evaluator[]): string {
  return evaluators.map((evaluator) => evaluator.displayName).join(', ') || '—';
}

/** Who evaluates each eligible application, the conflicts declared, and where evaluators are short. */
export function CoverageTable({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const { totals } = coverage;
  if (coverage.applications.length === 0) {
    return <PageState kind="empty" title={t('selection.coverage.empty')} />;
  }
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color={totals.shortApplications > 0 ? 'orange' : 'teal'} variant="light" tt="none">
          {t('selection.coverage.covered', { covered: totals.covered, count: totals.applications })}
        </Badge>
        <Badge color="gray" variant="light" tt="none">
          {t('selection.coverage.pending', { count: totals.pendingDeclarations })}
        </Badge>
        <Badge color={totals.conflicts > 0 ? 'orange' : 'gray'} variant="light" tt="none">
          {t('selection.coverage.conflicts', { count: totals.conflicts })}
        </Badge>
      </Group>
      <ResponsiveTable
        label={t('selection.coverage.title')}
        items={coverage.applications}
        keyOf={(row) => row.applicationId}
        minWidth={720}
        primary={{
          key: 'application',
          header: t('selection.coverage.application'),
          render: (row) => (
            <SelectionApplicant
              applicantName={row.applicantName}
              receiptNumber={row.receiptNumber}
            />
          ),
        }}
        columns={[
          {
            key: 'noConflict',
            header: t('selection.coverage.noConflict'),
            render: (row) => names(row.noConflict),
          },
          {
            key: 'notDeclared',
            header: t('selection.coverage.notDeclared'),
            render: (row) => names(row.notDeclared),
          },
          {
            key: 'conflicts',
            header: t('selection.coverage.conflictsColumn'),
            render: (row) =>
              row.conflicts.length === 0
                ? '—'
                : row.conflicts.map((conflict) => (
                    <Text size="sm" key={conflict.evaluator.subject}>
                      {t('selection.coverage.conflictOf', {
                        name: conflict.evaluator.displayName,
                        note: conflict.note,
                      })}
                    </Text>
                  )),
          },
          {
            key: 'short',
            header: t('selection.coverage.short'),
            render: (row) =>
              row.short > 0 ? (
                <Badge color="orange" variant="light" tt="none">
                  {t('selection.coverage.missing', { count: row.short })}
                </Badge>
              ) : (
                <Badge color="teal" variant="light" tt="none">
                  {t('selection.coverage.enough')}
                </Badge>
              ),
          },
        ]}
      />
    </Stack>
  );
}
