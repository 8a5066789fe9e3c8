import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlerts } from '../../components/FormAlerts';
import { useFormRefusal } from '../../components/useFormRefusal';
import { formatNumber } from '../../i18n';
import { NOTE_MAX, useSaveNote, type ReviewApplication } from './api';

interface Props {
  application: ReviewApplication;
  /** The version the coordinator's input is based on. */
  version: number;
  onSaved: (saved: ReviewApplication) => void;
  /** Reads the application again after someone else changed it; keeps the input. */
  onReload: () => Promise<void>;
}

/** The coordinators' own note on the application, which the applicant never sees. */
export function NoteForm({ application, version, onSaved, onReload }: Props) {
  const { t, i18n } = useTranslation();
  const save = useSaveNote(application.id);
  const [reloading, setReloading] = useState(false);
  const form = useForm({
    initialValues: { note: application.coordinatorNote ?? '' },
    validate: {
      note: (note) =>
        note.length > NOTE_MAX ? t('review.note.tooLong', { max: format(NOTE_MAX) }) : null,
    },
  });
  const { formRef, otherErrors, stale, reset, invalid, refused } = useFormRefusal(
    form,
    (problem) => problem.status === 409,
  );
  const length = form.values.note.length;

  function format(value: number) {
    return formatNumber(value, i18n.language);
  }

  const reload = async () => {
    setReloading(true);
    await onReload();
    setReloading(false);
    reset();
  };

  const submit = form.onSubmit((values) => {
    reset();
    save.mutate(
      { version, note: values.note.trim() ? values.note : undefined },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          form.resetDirty(values);
          notifications.show({ color: 'teal', message: t('review.note.saved') });
        },
        onError: refused,
      },
    );
  }, invalid);

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlerts
          stale={
            stale
              ? {
                  title: t('review.note.stale.title'),
                  message: t('review.note.stale.message'),
                  reloadLabel: t('review.note.stale.reload'),
                  reloading,
                  onReload: () => void reload(),
                }
              : undefined
          }
          otherErrors={otherErrors}
          otherErrorsTitle={t('review.note.otherErrors')}
        />
        <Textarea
          label={t('review.note.label')}
          description={t('review.note.hint')}
          autosize
          minRows={4}
          maxRows={14}
          {...form.getInputProps('note')}
        />
        <Group justify="space-between" wrap="wrap">
          <Text size="xs" c={length > NOTE_MAX ? 'red' : 'dimmed'}>
            {t('review.note.counter', { used: format(length), max: format(NOTE_MAX) })}
          </Text>
          <Button type="submit" loading={save.isPending}>
            {t('review.note.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
