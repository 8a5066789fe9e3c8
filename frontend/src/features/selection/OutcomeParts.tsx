import { Badge, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutcomeStatus } from './commissionApi';
import { useCommissionVoice, useExplanationText, type ExplanationNames } from './explanationText';
import type { ExplainedRow } from './useExplanations';

const STATUS_COLORS: Record<OutcomeStatus, string> = {
  PLACED: 'teal',
  RESERVE: 'blue',
  NOT_SELECTED: 'gray',
  INCOMPLETE: 'orange',
  DECLINED: 'red',
};

interface OutcomeProps {
  status: OutcomeStatus;
  partnerId?: string;
  preference?: number;
  reservePosition?: number;
  names: ExplanationNames;
}

/** The outcome's badge, with where the candidate is placed or their reserve position. */
export function OutcomeCell({
  status,
  partnerId,
  preference,
  reservePosition,
  names,
}: OutcomeProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={STATUS_COLORS[status]} variant="light" tt="none">
        {t(`selection.ranking.status.${status}`)}
      </Badge>
      {partnerId && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('selection.explanation.choice', {
            partner: names.partner(partnerId),
            preference: preference ?? '',
          })}
        </Text>
      )}
      {reservePosition !== undefined && (
        <Text size="sm">
          {t('selection.ranking.reservePosition', { position: reservePosition })}
        </Text>
      )}
    </Stack>
  );
}

/** A candidate's explanation, step by step, in the commission's voice. */
export function Explanation({
  id,
  row,
  names,
}: {
  id: string;
  row: ExplainedRow;
  names: ExplanationNames;
}) {
  const { t } = useTranslation();
  const explain = useExplanationText(names, useCommissionVoice());
  return (
    <Stack gap={4} id={id}>
      <Text size="sm" fw={500}>
        {t('selection.ranking.explanationOf', { name: row.applicantName })}
      </Text>
      <List size="sm" type="ordered">
        {row.explanation.map((step, index) => (
          <List.Item key={index}>{explain(step)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
