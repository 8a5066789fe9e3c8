import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatNumber, useLanguage } from '../../i18n';
import type { Criterion } from '../calls/api';
import { pickText } from '../calls/text';
import { isFlagged, type ApplicationScores } from './boardApi';
import { ScoreFlagIcon } from './ScoresLegend';
import { SelectionApplicant } from './SelectionApplicant';

interface Props {
  items: ApplicationScores[];
  /** The call's criteria, whose index the scores and flags name. */
  criteria: Criterion[];
}

/** One row an application, in the API's order: evaluations, a score per criterion with its flags, the total. */
export function ScoresTable({ items, criteria }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = (value: number) => formatNumber(value, language);
  return (
    <ResponsiveTable
      label={t('selection.board.scores.table')}
      items={items}
      keyOf={(application) => application.applicationId}
      minWidth={480 + 140 * criteria.length}
      primary={{
        key: 'application',
        header: t('selection.board.scores.application'),
        render: (application) => (
          <SelectionApplicant
            applicantName={application.applicantName}
            receiptNumber={application.receiptNumber}
          >
            {isFlagged(application) && (
              <Badge color="orange" variant="light" tt="none" mt={4}>
                {t('selection.board.scores.flagged')}
              </Badge>
            )}
          </SelectionApplicant>
        ),
      }}
      columns={[
        {
          key: 'evaluations',
          header: t('selection.board.scores.evaluations'),
          render: (application) => (
            <Text
              size="sm"
              c={
                application.submittedEvaluations < application.requiredEvaluations
                  ? 'orange.8'
                  : undefined
              }
              style={{ whiteSpace: 'nowrap' }}
            >
              {t('selection.board.scores.evaluationsValue', {
                submitted: application.submittedEvaluations,
                required: application.requiredEvaluations,
              })}
            </Text>
          ),
        },
        ...criteria.map((criterion, index) => ({
          key: `criterion-${index}`,
          header: t('selection.board.scores.criterion', {
            name: pickText(criterion.name, language),
            weight: criterion.weight,
          }),
          render: (application: ApplicationScores) => {
            const value = application.criteria.find((score) => score.criterion === index)?.value;
            return (
              <Group gap={4} wrap="nowrap">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {value === undefined
                    ? '—'
                    : t('selection.board.scores.scoreOf', {
                        score: number(value),
                        max: number(criterion.maxScore),
                      })}
                </Text>
                {application.flags
                  .filter((flag) => flag.criterion === index)
                  .map(({ flag }) => (
                    <ScoreFlagIcon key={flag} flag={flag} />
                  ))}
              </Group>
            );
          },
        })),
        {
          key: 'total',
          header: t('selection.board.scores.total'),
          render: (application) =>
            application.total === undefined ? (
              <Text size="sm" c="dimmed" fs="italic">
                {t('selection.board.scores.noTotal')}
              </Text>
            ) : (
              <Text size="sm" fw={600}>
                {number(application.total)}
              </Text>
            ),
        },
      ]}
    />
  );
}
