import { Code, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ActionDialog, type LifecycleDialogProps } from './ActionDialog';
import { useLifecycleSubmit } from './useLifecycleSubmit';
import { useAgreementParties } from './text';

interface SignValues {
  signerName: string;
  signingDate: string;
}

/** Signs the current conditions, whose hash the partner then approves. */
export function SignDialog({
  agreement,
  opened,
  loading,
  onCancel,
  onConfirm,
}: LifecycleDialogProps) {
  const { t } = useTranslation();
  const parties = useAgreementParties(agreement);
  const form = useForm<SignValues>({
    initialValues: {
      signerName: agreement.home.signerName ?? '',
      signingDate: dayjs().format('YYYY-MM-DD'),
    },
    validate: {
      signingDate: (value) => (value ? null : t('validation.required')),
    },
  });

  const { submit, error } = useLifecycleSubmit(form, onConfirm, (values) => ({
    kind: 'sign',
    body: {
      version: agreement.version,
      signerName: values.signerName.trim() || undefined,
      signingDate: values.signingDate,
    },
  }));

  return (
    <ActionDialog
      opened={opened}
      title={t('agreements.sign.title')}
      confirmLabel={t('agreements.sign.confirm')}
      loading={loading}
      error={error}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Stack gap="xs">
        <Text size="sm">
          {t('agreements.sign.message', {
            partner: parties.partner,
            number: agreement.conditionsNumber,
          })}
        </Text>
        <Text size="sm" fw={500}>
          {t('agreements.sign.hash')}
        </Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
          {agreement.contentHash}
        </Code>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('agreements.sign.signerName')}
          description={t('agreements.sign.signerNameDescription')}
          maxLength={200}
          {...form.getInputProps('signerName')}
        />
        <TextInput
          type="date"
          label={t('agreements.sign.signingDate')}
          withAsterisk
          {...form.getInputProps('signingDate')}
        />
      </SimpleGrid>
    </ActionDialog>
  );
}
