import { Button, Fieldset, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlerts } from '../../components/FormAlerts';
import { useFormRefusal } from '../../components/useFormRefusal';
import { useSaveProfile, type Profile } from './api';
import { toFormValues, toInput, validateProfile, type ProfileFormValues } from './formValues';
import { LanguagesEditor } from './LanguagesEditor';
import { PersonalSection, StaffSection, StudiesSection } from './ProfileSections';

interface Props {
  profile: Profile;
  /** Reads the saved profile again; undefined when that failed. */
  onReload: () => Promise<Profile | undefined>;
}

export function ProfileForm({ profile, onReload }: Props) {
  const { t } = useTranslation();
  const save = useSaveProfile();
  // The version this form's input is based on. Kept apart from the cached profile so that a
  // background refetch cannot silently turn someone else's newer save into this form's base.
  const [version, setVersion] = useState(profile.version);
  const [reloading, setReloading] = useState(false);
  const [staffToggled, setStaffToggled] = useState(Boolean(profile.department || profile.position));

  const form = useForm<ProfileFormValues>({
    initialValues: toFormValues(profile),
    validate: (values) => validateProfile(values, t),
  });
  // Every 409 of this endpoint means the profile was saved elsewhere since it was loaded.
  const { formRef, otherErrors, stale, reset, invalid, refused } = useFormRefusal(
    form,
    (problem) => problem.status === 409,
  );
  const staffOpen = staffToggled || Boolean(form.errors.department || form.errors.position);

  // The input stays; only the version moves on, so that saving again replaces the other save.
  const reload = async () => {
    setReloading(true);
    const current = await onReload();
    setReloading(false);
    if (current) {
      setVersion(current.version);
      reset();
    } else {
      notifications.show({ color: 'red', message: t('common.errorDescription') });
    }
  };

  const submit = form.onSubmit((values) => {
    reset();
    save.mutate(toInput(values, version), {
      onSuccess: (saved) => {
        setVersion(saved.version);
        notifications.show({ color: 'teal', message: t('profile.saved') });
      },
      onError: refused,
    });
  }, invalid);

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormAlerts
          stale={
            stale
              ? {
                  title: t('profile.stale.title'),
                  message: t('profile.stale.message'),
                  reloadLabel: t('profile.stale.reload'),
                  reloading,
                  onReload: () => void reload(),
                }
              : undefined
          }
          otherErrors={otherErrors}
          otherErrorsTitle={t('profile.otherErrors')}
        />
        <Fieldset legend={t('profile.personal.title')}>
          <PersonalSection form={form} email={profile.email} />
        </Fieldset>
        <Fieldset legend={t('profile.studies.title')}>
          <StudiesSection form={form} />
        </Fieldset>
        <Fieldset legend={t('profile.languages.title')}>
          <LanguagesEditor form={form} />
        </Fieldset>
        <Fieldset legend={t('profile.staff.title')}>
          <StaffSection form={form} open={staffOpen} onToggle={() => setStaffToggled(!staffOpen)} />
        </Fieldset>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
