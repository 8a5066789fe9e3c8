import { Button } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExplanationStep } from './commissionApi';
import type { ExplanationNames } from './explanationText';
import { Explanation } from './OutcomeParts';

/** A candidate's row in a ranking or in the standings after publication. */
export interface ExplainedRow {
  applicationId: string;
  applicantName: string;
  explanation: ExplanationStep[];
}

const explanationId = (row: ExplainedRow) => `explanation-${row.applicationId}`;

/** A table's "Explanation" toggle per row and the explanation shown under an opened row. */
export function useExplanations<T extends ExplainedRow>(names: ExplanationNames) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return {
    actions: {
      header: t('selection.ranking.explanation'),
      render: (row: T): ReactNode => {
        const expanded = open.has(row.applicationId);
        const Icon = expanded ? IconChevronUp : IconChevronDown;
        return (
          <Button
            size="xs"
            variant="subtle"
            rightSection={<Icon size={14} aria-hidden />}
            aria-expanded={expanded}
            aria-controls={expanded ? explanationId(row) : undefined}
            aria-label={t('selection.ranking.explainFor', { name: row.applicantName })}
            onClick={() => toggle(row.applicationId)}
          >
            {t('selection.ranking.explanation')}
          </Button>
        );
      },
    },
    detail: (row: T): ReactNode =>
      open.has(row.applicationId) ? (
        <Explanation id={explanationId(row)} row={row} names={names} />
      ) : null,
  };
}
