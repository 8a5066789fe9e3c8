import { Checkbox, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ActionDialog, type LifecycleDialogProps } from './ActionDialog';
import { useLifecycleSubmit } from './useLifecycleSubmit';
import { earliestTermination } from './lifecycle';
import { formatDate, useAgreementParties } from './text';

const MAX_TEXT = 2000;

interface TerminateValues {
  terminationDate: string;
  reason: string;
  overrideNotice: boolean;
  overrideReason: string;
}

/** Terminates an agreement in force, with a year's notice or an explicit override. */
export function TerminateDialog({
  agreement,
  opened,
  loading,
  onCancel,
  onConfirm,
}: LifecycleDialogProps) {
  const { t } = useTranslation();
  const parties = useAgreementParties(agreement);
  const earliest = earliestTermination();
  const form = useForm<TerminateValues>({
    initialValues: {
      terminationDate: earliest,
      reason: '',
      overrideNotice: false,
      overrideReason: '',
    },
    validate: {
      terminationDate: (value, values) => {
        if (!value) return t('validation.required');
        if (value < earliest && !values.overrideNotice)
          return t('agreements.terminate.tooEarly', { date: formatDate(earliest) });
        return null;
      },
      reason: (value) => (value.trim() ? null : t('validation.required')),
      overrideReason: (value, values) =>
        values.overrideNotice && !value.trim() ? t('validation.required') : null,
    },
  });

  const { submit, error } = useLifecycleSubmit(form, onConfirm, (values) => ({
    kind: 'terminate',
    body: {
      version: agreement.version,
      terminationDate: values.terminationDate,
      reason: values.reason.trim(),
      overrideNotice: values.overrideNotice,
      overrideReason: values.overrideNotice ? values.overrideReason.trim() : undefined,
    },
  }));

  return (
    <ActionDialog
      opened={opened}
      title={t('agreements.terminate.title')}
      confirmLabel={t('agreements.terminate.confirm')}
      danger
      loading={loading}
      error={error}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Text size="sm">{t('agreements.terminate.message', { partner: parties.partner })}</Text>
      <TextInput
        type="date"
        label={t('agreements.terminate.date')}
        description={t('agreements.terminate.dateDescription', { date: formatDate(earliest) })}
        withAsterisk
        {...form.getInputProps('terminationDate')}
      />
      <Textarea
        label={t('agreements.terminate.reason')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={MAX_TEXT}
        {...form.getInputProps('reason')}
      />
      <Checkbox
        label={t('agreements.terminate.overrideNotice')}
        {...form.getInputProps('overrideNotice', { type: 'checkbox' })}
      />
      {form.values.overrideNotice && (
        <Textarea
          label={t('agreements.terminate.overrideReason')}
          withAsterisk
          autosize
          minRows={2}
          maxLength={MAX_TEXT}
          {...form.getInputProps('overrideReason')}
        />
      )}
    </ActionDialog>
  );
}
