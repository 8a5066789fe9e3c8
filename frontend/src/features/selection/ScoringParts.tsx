import { Fieldset, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComputedCriterion, EvaluatedCriterion } from './scoringApi';
import { useCriterionText } from './scoringText';

/** One criterion the evaluators score: its name, what to score by, its maximum and weight. */
export function CriterionCard({
  criterion,
  children,
}: {
  criterion: EvaluatedCriterion;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const text = useCriterionText();
  const description = text.description(criterion);
  return (
    <Fieldset
      legend={text.name(criterion)}
      styles={{ legend: { fontWeight: 600, overflowWrap: 'anywhere' } }}
    >
      <Stack gap="xs">
        {description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {description}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('selection.scoring.maxAndWeight', {
            max: text.number(criterion.maxScore),
            weight: text.number(criterion.weight),
          })}
        </Text>
        {children}
      </Stack>
    </Fieldset>
  );
}

/** The criteria scored from the applicant's profile, which nobody on the panel scores. */
export function ComputedCriteria({ criteria }: { criteria: ComputedCriterion[] }) {
  const { t } = useTranslation();
  const text = useCriterionText();
  if (criteria.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label={t('selection.scoring.computed')}>
      <Title order={3} size="h5">
        {t('selection.scoring.computed')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('selection.scoring.computedHint')}
      </Text>
      {criteria.map((criterion) => (
        <Stack key={criterion.criterion} gap={2}>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {text.name(criterion)}:{' '}
            {t('selection.scoring.valueOf', {
              value: text.number(criterion.value),
              max: text.number(criterion.maxScore),
            })}
          </Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {[
              text.kind(criterion),
              t('selection.scoring.maxAndWeight', {
                max: text.number(criterion.maxScore),
                weight: text.number(criterion.weight),
              }),
              text.description(criterion),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
