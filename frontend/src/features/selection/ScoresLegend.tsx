import { Group, List, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowsDiff,
  IconHourglass,
  IconLanguage,
  IconSchool,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber, useLanguage } from '../../i18n';
import { SCORE_FLAGS, type CallScores, type ScoreFlag } from './boardApi';

const FLAG_ICONS: Record<ScoreFlag, { icon: Icon; color: string }> = {
  TOO_FEW_EVALUATIONS: { icon: IconHourglass, color: 'gray' },
  DISAGREEMENT: { icon: IconArrowsDiff, color: 'orange' },
  MISSING_GRADE: { icon: IconSchool, color: 'red' },
  LANGUAGE_NOT_DECLARED: { icon: IconLanguage, color: 'red' },
};

/** The marker of a flag; it carries the flag's name for screen readers, the legend explains it. */
export function ScoreFlagIcon({ flag }: { flag: ScoreFlag }) {
  const { t } = useTranslation();
  const { icon: FlagIcon, color } = FLAG_ICONS[flag];
  return (
    <FlagIcon
      size={16}
      role="img"
      aria-label={t(`selection.board.flag.${flag}`)}
      color={`var(--mantine-color-${color}-7)`}
      style={{ flexShrink: 0 }}
    />
  );
}

/** How the total is computed and what each flag means, in the call's own threshold and minimum. */
export function ScoresLegend({ scores }: { scores: CallScores }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const threshold = formatNumber(scores.disagreementThreshold * 100, language);
  return (
    <Stack component="section" aria-labelledby="scores-legend-title" gap="xs">
      <Title order={3} size="h5" id="scores-legend-title">
        {t('selection.board.legend.title')}
      </Title>
      <Text size="sm">{t('selection.board.legend.formula', { count: scores.minEvaluations })}</Text>
      <Text size="sm">{t('selection.board.legend.flagged')}</Text>
      <List size="sm" listStyleType="none" spacing={4}>
        {SCORE_FLAGS.map((flag) => (
          <List.Item key={flag}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <ScoreFlagIcon flag={flag} />
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {t(`selection.board.flag.${flag}`)}
                </Text>
                <Text size="sm">
                  {t(`selection.board.legend.flag.${flag}`, {
                    threshold,
                    required: scores.minEvaluations,
                  })}
                </Text>
              </Stack>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
