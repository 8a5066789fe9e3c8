import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailSection } from '../../components/DetailSection';
import { formatNumber, useLanguage } from '../../i18n';
import { useLanguageNames } from '../reference';
import type { Criterion, RankingRules } from './api';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useCallText } from './text';

type TieBreak = 'FEWER_OPPORTUNITIES_FIRST' | 'HEAVIEST_CRITERION' | 'EARLIER_SUBMISSION';

/** The first of the heaviest criteria: the one the second tie-break looks at. */
function heaviest(criteria: Criterion[]): Criterion | undefined {
  return criteria.reduce<Criterion | undefined>(
    (best, criterion) => (best === undefined || criterion.weight > best.weight ? criterion : best),
    undefined,
  );
}

/**
 * The selection criteria and how the ranking is made from them, published with the call as the
 * Erasmus Charter asks: who scores each criterion, its weight, and the order of the tie-breaks.
 */
export function CriteriaSection({
  criteria,
  ranking,
}: {
  criteria: Criterion[];
  ranking: RankingRules;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useCallText();
  const languageName = useLanguageNames();
  const first = heaviest(criteria);
  const tieBreaks: TieBreak[] = [
    ...(ranking.fewerOpportunitiesFirst ? (['FEWER_OPPORTUNITIES_FIRST'] as const) : []),
    'HEAVIEST_CRITERION',
    'EARLIER_SUBMISSION',
  ];
  return (
    <DetailSection title={t('calls.detail.criteria')}>
      {criteria.length === 0 ? (
        <Text c="dimmed">{t('calls.detail.noCriteria')}</Text>
      ) : (
        <Stack gap="sm">
          <ResponsiveTable
            label={t('calls.detail.criteria')}
            items={criteria.map((criterion, index) => ({ ...criterion, index }))}
            keyOf={(criterion) => String(criterion.index)}
            minWidth={560}
            primary={{
              key: 'name',
              header: t('calls.detail.criterion'),
              render: (criterion) => (
                <>
                  <Text size="sm" fw={500}>
                    {text.text(criterion.name)}
                  </Text>
                  {text.text(criterion.description) && (
                    <Text size="sm" c="dimmed">
                      {text.text(criterion.description)}
                    </Text>
                  )}
                </>
              ),
            }}
            columns={[
              {
                key: 'kind',
                header: t('calls.detail.scoredBy'),
                render: (criterion) =>
                  t(`calls.detail.kind.${criterion.kind ?? 'EVALUATOR'}`, {
                    language: languageName(criterion.language ?? ''),
                  }),
              },
              {
                key: 'weight',
                header: t('calls.detail.weight'),
                render: (criterion) => t('calls.detail.weightValue', { weight: criterion.weight }),
              },
              {
                key: 'maxScore',
                header: t('calls.detail.maxScore'),
                render: (criterion) => criterion.maxScore,
              },
            ]}
          />
          <Stack gap={4} component="section" aria-labelledby="ranking-title">
            <Text fw={600} id="ranking-title">
              {t('calls.detail.rankingTitle')}
            </Text>
            <Text size="sm">{t('calls.detail.rankingTotal')}</Text>
            <Text size="sm">{t('calls.detail.tieBreaks')}</Text>
            <List type="ordered" size="sm" data-testid="tie-breaks">
              {tieBreaks.map((rule) => (
                <List.Item key={rule}>
                  {t(`calls.detail.tieBreak.${rule}`, {
                    criterion: first ? text.text(first.name) : '',
                  })}
                </List.Item>
              ))}
            </List>
            {ranking.minimumTotal !== undefined && (
              <Text size="sm">
                {t('calls.detail.minimumTotal', {
                  minimum: formatNumber(ranking.minimumTotal, language),
                })}
              </Text>
            )}
          </Stack>
        </Stack>
      )}
    </DetailSection>
  );
}
