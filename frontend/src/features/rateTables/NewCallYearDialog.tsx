import { Alert, Button, Group, Modal, NumberInput, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useCreateVersion } from './api';

interface Props {
  opened: boolean;
  callYears: number[];
  onClose: () => void;
  onCreated: (callYear: number) => void;
}

/** Starts a call year's table as a copy of another year's newest version, to be edited from there. */
export function NewCallYearDialog({ opened, callYears, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreateVersion();
  const [error, setError] = useState<string>();
  const newest = callYears[0] ?? new Date().getFullYear();
  const form = useForm({
    mode: 'controlled',
    initialValues: { callYear: (newest + 1) as number | string, copyFrom: String(newest) },
    validate: {
      callYear: (year) => {
        const value = Number(year);
        if (!Number.isInteger(value) || value < 2021 || value > 2100)
          return t('rateTables.callYearRange');
        return callYears.includes(value) ? t('rateTables.callYearExists', { year: value }) : null;
      },
    },
  });

  const submit = form.onSubmit(async ({ callYear, copyFrom }) => {
    setError(undefined);
    try {
      const source = await unwrap(
        api.GET('/api/v1/rate-tables/{callYear}', {
          params: { path: { callYear: Number(copyFrom) } },
        }),
      );
      await create.mutateAsync({
        callYear: Number(callYear),
        body: {
          reason: t('rateTables.copiedFrom', { year: copyFrom, version: source.summary.version }),
          values: source.values,
        },
      });
      onCreated(Number(callYear));
    } catch (failure) {
      setError(
        failure instanceof ApiProblem && failure.detail
          ? failure.detail
          : t('common.errorDescription'),
      );
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('rateTables.newCallYear')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <NumberInput
            label={t('rateTables.callYear')}
            required
            min={2021}
            max={2100}
            allowDecimal={false}
            {...form.getInputProps('callYear')}
          />
          <Select
            label={t('rateTables.copyFrom')}
            description={t('rateTables.copyFromHint')}
            data={callYears.map(String)}
            allowDeselect={false}
            {...form.getInputProps('copyFrom')}
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('rateTables.createCallYear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
