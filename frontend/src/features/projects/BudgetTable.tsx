import { Alert, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import { useMoney } from '../grants/text';
import { BUDGET_LINES, useProjectBudget, type ProjectBudgetFigures } from './api';
import { useProjectText } from './text';

const FIGURES = ['allocated', 'committed', 'paid', 'remaining'] as const;

function lineOrder(line: string) {
  return BUDGET_LINES.findIndex((known) => known === line);
}

/** Allocated, committed, paid and remaining euros per region and line, with the totals. */
export function BudgetTable({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const { line, region } = useProjectText();
  const query = useProjectBudget(projectId);

  if (query.isPending) return <PageState kind="loading" />;
  if (query.isError) return <PageState kind="error" onRetry={() => void query.refetch()} />;

  const budget = query.data;
  if (budget.rows.length === 0) {
    return <PageState kind="info" title={t('projects.budget.empty')} />;
  }
  const rows = [...budget.rows].sort(
    (a, b) => a.region - b.region || lineOrder(a.line) - lineOrder(b.line),
  );
  const lines = [...budget.lines].sort((a, b) => lineOrder(a.line) - lineOrder(b.line));
  const cells = (figures: ProjectBudgetFigures) =>
    FIGURES.map((figure) => (
      <Table.Td
        key={figure}
        ta="right"
        c={figure === 'remaining' && figures.remaining < 0 ? 'red' : undefined}
        style={{ whiteSpace: 'nowrap' }}
      >
        {money(figures[figure])}
      </Table.Td>
    ));

  return (
    <>
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
        {t('projects.budget.note')}
      </Alert>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" striped aria-label={t('projects.budget.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('projects.budget.region')}</Table.Th>
              <Table.Th scope="col">{t('projects.budget.line')}</Table.Th>
              {FIGURES.map((figure) => (
                <Table.Th key={figure} scope="col" ta="right">
                  {t(`projects.budget.${figure}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.region}-${row.line}`}>
                <Table.Td>{region(row.region)}</Table.Td>
                <Table.Td>{line(row.line)}</Table.Td>
                {cells(row.figures)}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            {lines.map((total) => (
              <Table.Tr key={total.line}>
                <Table.Th scope="row" colSpan={2}>
                  {t('projects.budget.lineTotal', { line: line(total.line) })}
                </Table.Th>
                {cells(total.figures)}
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Th scope="row" colSpan={2}>
                {t('projects.budget.total')}
              </Table.Th>
              {cells(budget.total)}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('projects.budget.remainingHint')}
      </Text>
    </>
  );
}
