import { ActionIcon, Alert, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { RefusalAlert } from '../../components/FormAlerts';
import { useRefusalText } from '../../components/refusalText';
import {
  MIN_EVALUATIONS,
  useEvaluatorSearch,
  useSavePanel,
  type Evaluator,
  type Panel,
} from './api';

/** The panel's members and its minimum of evaluations per application, saved as a whole. */
export function PanelEditor({ panel, onReload }: { panel: Panel; onReload: () => void }) {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  const [members, setMembers] = useState<Evaluator[]>(panel.members.map((m) => m.evaluator));
  const [minEvaluations, setMinEvaluations] = useState<number | string>(panel.minEvaluations);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const candidates = useEvaluatorSearch(query);
  const save = useSavePanel(panel.callId);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const min = Number(minEvaluations);
  const minValid =
    Number.isInteger(min) && min >= MIN_EVALUATIONS.min && min <= MIN_EVALUATIONS.max;
  const options = (candidates.data?.items ?? [])
    .filter((user) => !members.some((member) => member.subject === user.subject))
    .map((user) => ({
      value: user.subject,
      label: user.email ? `${user.displayName} · ${user.email}` : user.displayName,
    }));

  const add = (subject: string | null) => {
    const user = candidates.data?.items.find((candidate) => candidate.subject === subject);
    if (user) setMembers((current) => [...current, user]);
    setSearch('');
  };

  const submit = () => {
    setRefusals([]);
    setStale(false);
    save.mutate(
      {
        version: panel.version,
        mode: 'ALL',
        minEvaluations: min,
        disagreementThreshold: panel.disagreementThreshold,
        members: members.map((member) => member.subject),
      },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('selection.panel.saved') }),
        onError: (error) => {
          if (error instanceof ApiProblem && error.type === 'stale-version') {
            setStale(true);
          } else if (error instanceof ApiProblem && error.errors.length > 0) {
            setRefusals(error.errors.map(refusalText));
          } else {
            setRefusals([t('common.errorDescription')]);
          }
        },
      },
    );
  };

  return (
    <Stack>
      {stale && (
        <Alert color="orange" role="alert" title={t('selection.panel.staleTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('selection.panel.staleMessage')}</Text>
            <Button size="xs" variant="default" onClick={onReload}>
              {t('selection.panel.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      <RefusalAlert title={t('selection.panel.refused')} messages={refusals} />
      {members.length === 0 ? (
        <Text c="dimmed">{t('selection.panel.noMembers')}</Text>
      ) : (
        <Stack
          gap={4}
          component="ul"
          p={0}
          m={0}
          aria-label={t('selection.panel.members')}
          style={{ listStyle: 'none' }}
        >
          {members.map((member) => (
            <Group component="li" key={member.subject} justify="space-between" wrap="nowrap">
              <Text size="sm">
                {member.displayName}
                {member.email && (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    · {member.email}
                  </Text>
                )}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('selection.panel.remove', { name: member.displayName })}
                onClick={() =>
                  setMembers((current) => current.filter((m) => m.subject !== member.subject))
                }
              >
                <IconUserMinus size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <Select
        label={t('selection.panel.add')}
        description={t('selection.panel.addHint')}
        placeholder={t('selection.panel.searchPlaceholder')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={options}
        value={null}
        onChange={add}
        nothingFoundMessage={t('selection.panel.nobodyFound')}
        filter={({ options: all }) => all}
      />
      <NumberInput
        label={t('selection.panel.minEvaluations')}
        description={t('selection.panel.minEvaluationsHint')}
        min={MIN_EVALUATIONS.min}
        max={MIN_EVALUATIONS.max}
        allowDecimal={false}
        allowNegative={false}
        maw={240}
        value={minEvaluations}
        onChange={setMinEvaluations}
        error={minValid ? undefined : t('calls.validation.between', MIN_EVALUATIONS)}
      />
      <Group>
        <Button onClick={submit} loading={save.isPending} disabled={!minValid}>
          {t('selection.panel.save')}
        </Button>
      </Group>
    </Stack>
  );
}
