import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useZonedTime } from '../../components/useZonedTime';
import { formatNumber, useLanguage } from '../../i18n';
import type { Call } from '../calls/api';
import { NominateButton } from '../nominations';
import { useRunNames } from './explanationText';
import { OutcomeList } from './OutcomesSection';
import { OutcomeCell } from './OutcomeParts';
import { useExplanations } from './useExplanations';
import { useOutcomeFilter } from './useOutcomeFilter';
import { SelectionApplicant } from './SelectionApplicant';
import { STANDING_FILTERS, useStandings, type Standing } from './standingsApi';

const RESPONSE_COLORS = {
  PENDING: 'orange',
  ACCEPTED: 'teal',
  DECLINED: 'gray',
  EXPIRED: 'gray',
} as const;

/** The answer to an offer: pending until when, or answered when. */
function Answer({ standing, timeZone }: { standing: Standing; timeZone: string }) {
  const { t } = useTranslation();
  const zoned = useZonedTime();
  const { response, respondBy, respondedAt } = standing;
  if (!response) return <Text size="sm">—</Text>;
  const when = response === 'PENDING' || response === 'EXPIRED' ? respondBy : respondedAt;
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={RESPONSE_COLORS[response]} variant="light" tt="none">
        {t(`selection.standings.response.${response}`)}
      </Badge>
      {when && (
        <Text size="sm" c="dimmed">
          {t(response === 'PENDING' ? 'selection.standings.until' : 'selection.standings.on', {
            time: zoned(when, timeZone),
          })}
        </Text>
      )}
    </Stack>
  );
}

function StandingsTable({ items, call }: { items: Standing[]; call: Call }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useRunNames(call.places, call.criteria);
  const explanations = useExplanations<Standing>(names);
  const number = (value: number | undefined) =>
    value === undefined ? '—' : formatNumber(value, language);
  return (
    <ResponsiveTable
      label={t('selection.standings.title')}
      items={items}
      keyOf={(standing) => standing.applicationId}
      minWidth={860}
      primary={{
        key: 'application',
        header: t('selection.ranking.application'),
        render: (standing) => (
          <SelectionApplicant
            applicantName={standing.applicantName}
            receiptNumber={standing.receiptNumber}
          />
        ),
      }}
      columns={[
        { key: 'rank', header: t('selection.ranking.rank'), render: (s) => number(s.rank) },
        { key: 'total', header: t('selection.ranking.total'), render: (s) => number(s.total) },
        {
          key: 'outcome',
          header: t('selection.ranking.outcome'),
          render: (s) => <OutcomeCell {...s} partnerId={s.partner?.id} names={names} />,
        },
        {
          key: 'answer',
          header: t('selection.standings.answer'),
          render: (standing) => <Answer standing={standing} timeZone={call.schedule.timeZone} />,
        },
      ]}
      actions={explanations.actions}
      detail={explanations.detail}
    />
  );
}

/** After publication: where each candidate stands now, after the answers and the cascades. */
export function StandingsSection({ call }: { call: Call }) {
  const { t } = useTranslation();
  const filter = useOutcomeFilter();
  const standings = useStandings(call.id, filter.status, filter.page - 1);
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw="48rem">
          {t('selection.standings.intro')}
        </Text>
        <NominateButton callId={call.id} />
      </Group>
      <OutcomeList
        id="result-standings"
        title={t('selection.standings.title')}
        filters={STANDING_FILTERS}
        filter={filter}
        query={standings}
      >
        {(items) => <StandingsTable items={items} call={call} />}
      </OutcomeList>
    </Stack>
  );
}
