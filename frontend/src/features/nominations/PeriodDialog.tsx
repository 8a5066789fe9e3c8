import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { participantName, useChangePeriod, type Nomination } from './api';
import { ActionAlerts } from './ActionAlerts';
import { useActionRefusal } from './useActionRefusal';

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
  const required = (value: string) =>
    checked && !value ? t('nominations.periodDialog.required') : undefined;

  const close = () => {
    refusal.clear();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    refusal.clear();
    if (!start || !end) return;
    change.mutate(
      { version: nomination.version, start, end },
      { onSuccess: close, onError: refusal.refused },
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
              error={required(start)}
            />
            <TextInput
              type="date"
              label={t('nominations.periodDialog.end')}
              withAsterisk
              value={end}
              onChange={(event) => setEnd(event.currentTarget.value)}
              error={required(end)}
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
