import { DataList, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconCircleCheck,
  IconCircleMinus,
  IconCircleX,
  IconHourglass,
  IconInfoCircle,
} from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailItem } from '../../components/DetailSection';
import { PageState } from '../../components/PageState';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import type { MyApplication } from './api';
import { AppealPanel } from './AppealPanel';
import { FormSection } from './FormSection';
import { OfferPanel } from './OfferPanel';
import { useMyResult, type MyCriterionScore, type MyResult } from './resultApi';
import { useResultText } from './resultText';
import { localized } from './text';

type Headline = NonNullable<MyResult['status']> | 'EXPIRED';

const LOOK: Record<Headline, { color: string; Icon: typeof IconCircleCheck }> = {
  PLACED: { color: 'teal', Icon: IconCircleCheck },
  RESERVE: { color: 'blue', Icon: IconHourglass },
  NOT_SELECTED: { color: 'gray', Icon: IconCircleX },
  INCOMPLETE: { color: 'gray', Icon: IconInfoCircle },
  DECLINED: { color: 'orange', Icon: IconCircleMinus },
  EXPIRED: { color: 'orange', Icon: IconCircleMinus },
};

type ResultText = ReturnType<typeof useResultText>;

function Scores({ scores, text }: { scores: MyCriterionScore[]; text: ResultText }) {
  const { t } = useTranslation();
  const { language, number } = text;
  return (
    <ResponsiveTable
      label={t('applications.result.scores')}
      items={scores}
      keyOf={(score) => String(score.criterion)}
      minWidth={480}
      primary={{
        key: 'criterion',
        header: t('applications.result.criterion'),
        render: (score) => localized(score.name, language),
      }}
      columns={[
        {
          key: 'weight',
          header: t('applications.result.weight'),
          render: (score) => t('applications.result.weightValue', { weight: number(score.weight) }),
        },
        {
          key: 'score',
          header: t('applications.result.score'),
          render: (score) =>
            score.score === undefined
              ? t('applications.result.notScored')
              : t('applications.result.scoreValue', {
                  score: number(score.score),
                  max: number(score.maxScore),
                }),
        },
      ]}
    />
  );
}

function Published({ application, result }: { application: MyApplication; result: MyResult }) {
  const { t } = useTranslation();
  const text = useResultText(application, result);
  const headlineRef = useRef<HTMLHeadingElement>(null);
  const status = result.status ?? 'INCOMPLETE';
  const headline: Headline =
    status === 'DECLINED' && result.offer?.response === 'EXPIRED' ? 'EXPIRED' : status;
  const { color, Icon } = LOOK[headline];
  const partner = result.partner ? text.partner(result.partner.id) : '';

  return (
    <Stack gap="md">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color={color} variant="light" size="lg" radius="xl" aria-hidden>
          <Icon size={22} />
        </ThemeIcon>
        <Title
          order={3}
          size="h4"
          ref={headlineRef}
          tabIndex={-1}
          style={{ overflowWrap: 'anywhere' }}
        >
          {t(`applications.result.headline.${headline}`, {
            partner,
            choice: text.choice(result.preference),
            position: text.number(result.reservePosition),
          })}
        </Title>
      </Group>
      {result.rank !== undefined && (
        <DataList>
          <DetailItem label={t('applications.result.rank')}>{text.number(result.rank)}</DetailItem>
          <DetailItem label={t('applications.result.total')}>
            {t('applications.result.totalValue', { total: text.number(result.total) })}
          </DetailItem>
        </DataList>
      )}
      <OfferPanel
        applicationId={application.id}
        result={result}
        partner={partner}
        onAnswered={() => headlineRef.current?.focus()}
      />
      {result.scores && result.scores.length > 0 && <Scores scores={result.scores} text={text} />}
      {result.explanation && result.explanation.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('applications.result.explanation')}
          </Title>
          <List type="ordered" spacing="xs" size="sm">
            {result.explanation.map((step, index) => (
              <List.Item key={index}>{text.step(step)}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <AppealPanel
        applicationId={application.id}
        result={result}
        timeZone={application.call.schedule.timeZone}
      />
    </Stack>
  );
}

/** The selection result of a submitted application: not published yet, or the outcome with its offer. */
export function SelectionResult({ application }: { application: MyApplication }) {
  const { t } = useTranslation();
  const query = useMyResult(application.id);
  let content;
  if (query.isPending) content = <PageState kind="loading" />;
  else if (query.isError) content = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (!query.data.published)
    content = <Text c="dimmed">{t('applications.result.notPublished')}</Text>;
  else content = <Published application={application} result={query.data} />;
  return (
    <FormSection id="application-result" title={t('applications.result.title')}>
      {content}
    </FormSection>
  );
}
