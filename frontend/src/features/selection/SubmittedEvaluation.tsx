import { Alert, DataList, List, Stack, Text, Title } from '@mantine/core';
import { IconFlag, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DetailItem } from '../../components/DetailSection';
import { formatDateTime } from '../../i18n';
import type { EvaluatedCriterion, MyEvaluation, ScoreFlagAt } from './scoringApi';
import { CriterionCard } from './ScoringParts';
import { useCriterionText } from './scoringText';

const preWrap = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** One criterion once submitted: my score, the other evaluators' and the mean. */
function SubmittedCriterion({ criterion }: { criterion: EvaluatedCriterion }) {
  const { t } = useTranslation();
  const text = useCriterionText();
  const outOf = (value: number) =>
    t('selection.scoring.valueOf', {
      value: text.number(value),
      max: text.number(criterion.maxScore),
    });
  const others = criterion.others ?? [];
  return (
    <CriterionCard criterion={criterion}>
      <DataList>
        <DetailItem label={t('selection.scoring.myScore')}>
          {criterion.score === undefined ? '' : outOf(criterion.score)}
        </DetailItem>
        <DetailItem label={t('selection.scoring.myComment')}>
          <Text size="sm" style={preWrap}>
            {criterion.comment || t('selection.scoring.noComment')}
          </Text>
        </DetailItem>
        <DetailItem label={t('selection.scoring.others')}>
          {others.length === 0 ? (
            t('selection.scoring.noOthers')
          ) : (
            <List size="sm" spacing={4}>
              {others.map((other, index) => (
                <List.Item key={`${other.evaluator}-${index}`}>
                  <Text size="sm" fw={500} span>
                    {other.evaluator}: {outOf(other.score)}
                  </Text>
                  {other.comment && (
                    <Text size="sm" c="dimmed" style={preWrap}>
                      {other.comment}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </DetailItem>
        {criterion.mean !== undefined && (
          <DetailItem label={t('selection.scoring.mean')}>{outOf(criterion.mean)}</DetailItem>
        )}
      </DataList>
    </CriterionCard>
  );
}

/** What the commission is told about the application's scores. */
function Flags({ evaluation, flags }: { evaluation: MyEvaluation; flags: ScoreFlagAt[] }) {
  const { t } = useTranslation();
  const text = useCriterionText();
  const criteria = [...evaluation.criteria, ...evaluation.computed];
  const nameOf = (index: number) => {
    const criterion = criteria.find(({ criterion }) => criterion === index);
    return criterion
      ? text.name(criterion)
      : t('selection.scoring.criterion', { number: index + 1 });
  };
  return (
    <Stack gap="xs" component="section" aria-label={t('selection.scoring.flags')}>
      <Title order={3} size="h5">
        {t('selection.scoring.flags')}
      </Title>
      {flags.length === 0 ? (
        <Text size="sm">{t('selection.scoring.noFlags')}</Text>
      ) : (
        <List size="sm" spacing={4} icon={<IconFlag size={14} aria-hidden />}>
          {flags.map(({ flag, criterion }) => (
            <List.Item key={`${flag}-${criterion}`}>
              {t(`selection.scoring.flag.${flag}`, { criterion: nameOf(criterion) })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The evaluator's submitted evaluation, read-only, beside the other evaluators' submitted scores. */
export function SubmittedEvaluation({ evaluation }: { evaluation: MyEvaluation }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="teal" icon={<IconInfoCircle aria-hidden />}>
        {t('selection.scoring.submittedOn', {
          date: evaluation.submittedAt ? formatDateTime(evaluation.submittedAt) : '',
        })}
      </Alert>
      <Text size="sm">
        {t('selection.scoring.progress', {
          scored: evaluation.criteria.filter(({ score }) => score !== undefined).length,
          count: evaluation.criteria.length,
        })}
      </Text>
      {evaluation.criteria.map((criterion) => (
        <SubmittedCriterion key={criterion.criterion} criterion={criterion} />
      ))}
      {evaluation.flags && <Flags evaluation={evaluation} flags={evaluation.flags} />}
    </Stack>
  );
}
