import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { useRefusalText } from '../../components/refusalText';
import { participantName, useChangePeriod, type Nomination } from './api';
import { ActionAlerts } from './ActionAlerts';
import { useActionRefusal } from './useActionRefusal';

type DateField = 'start' | 'end';
const API_FIELDS: Record<DateField, string> = { start: 'plannedStart', end: 'plannedEnd' };

interface Props {
  nomination: Nomination;
  opened: boolean;
  reloading: boolean;
  onReload: () => void;
  onClose: () => void;
}

/** A new planned period; the API checks it against the type's limits and the agreement's years. */
export function PeriodDialog({ nomination, opened, reloading, onReload, onClose }: Props) {
  const { t } = useTranslation();
  const change = useChangePeriod(nomination.id);
  const refusal = useActionRefusal();
  const [start, setStart] = useState(nomination.plannedStart);
  const [end, setEnd] = useState(nomination.plannedEnd);
  const [checked, setChecked] = useState(false);
  const refusalText = useRefusalText();
  const [atFields, setAtFields] = useState<Partial<Record<DateField, string>>>({});
  const errorOf = (field: DateField, value: string) =>
    checked && !value ? t('nominations.periodDialog.required') : atFields[field];

  const close = () => {
    refusal.clear();
    setAtFields({});
    onClose();
  };

  // The period's rules name the field they refuse; those messages go beside it, the rest above.
  const refused = (error: Error) => {
    if (!(error instanceof ApiProblem) || error.status !== 422) return refusal.refused(error);
    const messages = (field: DateField) =>
      error.errors
        .filter((e) => e.field === API_FIELDS[field])
        .map(refusalText)
        .join('; ') || undefined;
    setAtFields({ start: messages('start'), end: messages('end') });
    const others = error.errors.filter((e) => !Object.values(API_FIELDS).includes(e.field));
    if (others.length > 0)
      refusal.refused(
        new ApiProblem(error.status, {
          type: error.type,
          title: error.message,
          status: error.status,
          detail: error.detail,
          errors: others,
        }),
      );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    refusal.clear();
    setAtFields({});
    if (!start || !end) return;
    change.mutate(
      { version: nomination.version, start, end },
      { onSuccess: close, onError: refused },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('nominations.periodDialog.title', { name: participantName(nomination) })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ActionAlerts refusal={refusal} reloading={reloading} onReload={onReload} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('nominations.periodDialog.start')}
              withAsterisk
              value={start}
              onChange={(event) => setStart(event.currentTarget.value)}
              error={errorOf('start', start)}
            />
            <TextInput
              type="date"
              label={t('nominations.periodDialog.end')}
              withAsterisk
              value={end}
              onChange={(event) => setEnd(event.currentTarget.value)}
              error={errorOf('end', end)}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('nominations.periodDialog.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
