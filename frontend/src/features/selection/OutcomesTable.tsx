import { Badge, Button, List, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatNumber, useLanguage } from '../../i18n';
import type { Criterion } from '../calls/api';
import { pickText } from '../calls/text';
import type { AllocationOutcome, AllocationRun, OutcomeStatus } from './commissionApi';
import {
  useCommissionVoice,
  useExplanationText,
  useRunNames,
  type ExplanationNames,
} from './explanationText';
import { SelectionApplicant } from './SelectionApplicant';

const STATUS_COLORS: Record<OutcomeStatus, string> = {
  PLACED: 'teal',
  RESERVE: 'blue',
  NOT_SELECTED: 'gray',
  INCOMPLETE: 'orange',
  DECLINED: 'red',
};

interface Props {
  items: AllocationOutcome[];
  run: AllocationRun;
  criteria: Criterion[];
}

/** One row a candidate in the run's order, with a score per criterion, the total, the outcome and its explanation. */
export function OutcomesTable({ items, run, criteria }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useRunNames(run.partners, criteria);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const number = (value: number | null | undefined) =>
    value === undefined || value === null ? '—' : formatNumber(value, language);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <ResponsiveTable
      label={t('selection.ranking.table')}
      items={items}
      keyOf={(outcome) => outcome.applicationId}
      minWidth={620 + 120 * criteria.length}
      primary={{
        key: 'application',
        header: t('selection.ranking.application'),
        render: (outcome) => (
          <SelectionApplicant
            applicantName={outcome.applicantName}
            receiptNumber={outcome.receiptNumber}
          />
        ),
      }}
      columns={[
        {
          key: 'rank',
          header: t('selection.ranking.rank'),
          render: (outcome) => number(outcome.rank),
        },
        ...criteria.map((criterion, index) => ({
          key: `criterion-${index}`,
          header: pickText(criterion.name, language),
          render: (outcome: AllocationOutcome) => number(outcome.scores[index]),
        })),
        {
          key: 'total',
          header: t('selection.ranking.total'),
          render: (outcome) => (
            <Text size="sm" fw={600}>
              {number(outcome.total)}
            </Text>
          ),
        },
        {
          key: 'outcome',
          header: t('selection.ranking.outcome'),
          render: (outcome) => <OutcomeCell outcome={outcome} names={names} />,
        },
      ]}
      actions={{
        header: t('selection.ranking.explanation'),
        render: (outcome) => {
          const expanded = open.has(outcome.applicationId);
          const Icon = expanded ? IconChevronUp : IconChevronDown;
          return (
            <Button
              size="xs"
              variant="subtle"
              rightSection={<Icon size={14} aria-hidden />}
              aria-expanded={expanded}
              aria-controls={expanded ? explanationId(outcome) : undefined}
              aria-label={t('selection.ranking.explainFor', { name: outcome.applicantName })}
              onClick={() => toggle(outcome.applicationId)}
            >
              {t('selection.ranking.explanation')}
            </Button>
          );
        },
      }}
      detail={(outcome) =>
        open.has(outcome.applicationId) ? <Explanation outcome={outcome} names={names} /> : null
      }
    />
  );
}

function explanationId(outcome: AllocationOutcome) {
  return `explanation-${outcome.applicationId}`;
}

function OutcomeCell({ outcome, names }: { outcome: AllocationOutcome; names: ExplanationNames }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={STATUS_COLORS[outcome.status]} variant="light" tt="none">
        {t(`selection.ranking.status.${outcome.status}`)}
      </Badge>
      {outcome.partnerId && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('selection.explanation.choice', {
            partner: names.partner(outcome.partnerId),
            preference: outcome.preference ?? '',
          })}
        </Text>
      )}
      {outcome.reservePosition !== undefined && (
        <Text size="sm">
          {t('selection.ranking.reservePosition', { position: outcome.reservePosition })}
        </Text>
      )}
    </Stack>
  );
}

function Explanation({ outcome, names }: { outcome: AllocationOutcome; names: ExplanationNames }) {
  const { t } = useTranslation();
  const explain = useExplanationText(names, useCommissionVoice());
  return (
    <Stack gap={4} id={explanationId(outcome)}>
      <Text size="sm" fw={500}>
        {t('selection.ranking.explanationOf', { name: outcome.applicantName })}
      </Text>
      <List size="sm" type="ordered">
        {outcome.explanation.map((step, index) => (
          <List.Item key={index}>{explain(step)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
