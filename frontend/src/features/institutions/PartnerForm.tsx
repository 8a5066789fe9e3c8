import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RefusalAlert, StaleAlert } from '../../components/FormAlerts';
import { useFormRefusal } from '../../components/useFormRefusal';
import { useSaveInstitution, type Institution } from './api';
import {
  EMPTY_CONTACT,
  emptyValues,
  toFormValues,
  toInput,
  type PartnerFormValues,
} from './formValues';
import { InstitutionFields } from './InstitutionFields';
import { LIMITS, validatePartner } from './validation';

interface Props {
  /** The partner to edit; without it the form adds a new one. */
  institution?: Institution;
  /** Loads the current version after someone else changed the partner. */
  onReload?: () => void;
}

export function PartnerForm({ institution, onReload }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveInstitution(institution?.id);

  const form = useForm<PartnerFormValues>({
    mode: 'uncontrolled',
    initialValues: institution ? toFormValues(institution) : emptyValues(),
    validate: (values) => validatePartner(values, t),
  });

  // A 409 on the Erasmus code is a duplicate; any other means the partner changed meanwhile.
  const { formRef, otherErrors, stale, reset, invalid, refused } = useFormRefusal(
    form,
    (problem) =>
      problem.status === 409 && Boolean(institution) && !problem.hasFieldError('erasmusCode'),
  );

  const submit = form.onSubmit((values) => {
    reset();
    // The promise, not mutate's callbacks: those are dropped when the saved version remounts the form.
    save.mutateAsync(toInput(values, institution)).then((saved) => {
      notifications.show({
        color: 'teal',
        message: t(institution ? 'partners.saved.updated' : 'partners.saved.created', {
          name: saved.name,
        }),
      });
      void navigate(`/manage/partners/${saved.id}`);
    }, refused);
  }, invalid);

  const contacts = form.getValues().contacts;

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        {stale && (
          <StaleAlert
            title={t('partners.stale.title')}
            message={t('partners.stale.message')}
            reloadLabel={t('partners.stale.reload')}
            onReload={onReload}
          />
        )}
        <RefusalAlert title={t('partners.form.otherErrors')} messages={otherErrors} />

        <InstitutionFields form={form} />

        <Fieldset legend={t('partners.form.contacts')}>
          <Stack>
            {contacts.map((_, index) => {
              const number = index + 1;
              const path = `contacts.${index}`;
              return (
                <Paper
                  key={index}
                  withBorder
                  p="sm"
                  component="section"
                  aria-label={t('partners.form.contactNumber', { number })}
                >
                  <Group justify="space-between" mb="xs">
                    <Text fw={500}>{t('partners.form.contactNumber', { number })}</Text>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('partners.form.removeContact', { number })}
                      onClick={() => form.removeListItem('contacts', index)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t('partners.form.contactName')}
                      withAsterisk
                      maxLength={LIMITS.contactName}
                      key={form.key(`${path}.name`)}
                      {...form.getInputProps(`${path}.name`)}
                    />
                    <TextInput
                      label={t('partners.form.contactRole')}
                      placeholder={t('partners.form.contactRolePlaceholder')}
                      maxLength={LIMITS.contactRole}
                      key={form.key(`${path}.role`)}
                      {...form.getInputProps(`${path}.role`)}
                    />
                    <TextInput
                      type="email"
                      label={t('partners.form.contactEmail')}
                      maxLength={LIMITS.contactEmail}
                      key={form.key(`${path}.email`)}
                      {...form.getInputProps(`${path}.email`)}
                    />
                    <TextInput
                      type="tel"
                      label={t('partners.form.contactPhone')}
                      maxLength={LIMITS.contactPhone}
                      key={form.key(`${path}.phone`)}
                      {...form.getInputProps(`${path}.phone`)}
                    />
                  </SimpleGrid>
                </Paper>
              );
            })}
            {form.errors.contacts && (
              <Text c="red" size="sm" role="alert">
                {form.errors.contacts}
              </Text>
            )}
            <Group>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                disabled={contacts.length >= LIMITS.contacts}
                onClick={() => form.insertListItem('contacts', { ...EMPTY_CONTACT })}
              >
                {t('partners.form.addContact')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Textarea
          label={t('partners.form.notes')}
          description={t('partners.form.notesDescription')}
          autosize
          minRows={3}
          maxLength={LIMITS.notes}
          key={form.key('notes')}
          {...form.getInputProps('notes')}
        />

        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(-1)} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {institution ? t('partners.form.save') : t('partners.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
