import { Alert, Button, Group, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlerts } from '../../components/FormAlerts';
import { useFormRefusal } from '../../components/useFormRefusal';
import { useConfigureHome, type Institution } from './api';
import { toHomeInput, toHomeValues, type HomeFormValues } from './formValues';
import { InstitutionFields } from './InstitutionFields';
import { timeZoneOptions } from './timeZones';
import { validateHome } from './validation';

interface Props {
  /** The home institution as loaded; none before it is configured. */
  home: Institution | null;
  /** Reads the home institution again after someone else changed it. */
  onReload: () => Promise<Institution | null>;
}

/** The admin's settings of the home institution: names, codes, location and time zone. */
export function HomeInstitutionForm({ home, onReload }: Props) {
  const { t } = useTranslation();
  const save = useConfigureHome();
  // The version the admin's input is based on: what was loaded, reloaded or saved, never a
  // background refresh, so that a change by someone else is not overwritten unawares.
  const [base, setBase] = useState(home);
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const zones = useMemo(() => timeZoneOptions(home?.timeZone), [home?.timeZone]);

  const form = useForm<HomeFormValues>({
    mode: 'uncontrolled',
    initialValues: toHomeValues(home ?? undefined),
    validate: (values) => validateHome(values, t),
  });

  // A 409 on the Erasmus code is a duplicate; any other means the settings changed meanwhile.
  const { formRef, otherErrors, stale, reset, invalid, refused } = useFormRefusal(
    form,
    (problem) => problem.status === 409 && !problem.hasFieldError('erasmusCode'),
  );

  const reload = async () => {
    setReloading(true);
    try {
      setBase(await onReload());
      reset();
      setReloaded(true);
    } finally {
      setReloading(false);
    }
  };

  const submit = form.onSubmit((values) => {
    reset();
    setReloaded(false);
    save.mutateAsync(toHomeInput(values, base ?? undefined)).then((saved) => {
      setBase(saved);
      form.setValues(toHomeValues(saved));
      form.resetDirty();
      notifications.show({
        color: 'teal',
        message: t('homeInstitution.saved', { name: saved.name }),
      });
    }, refused);
  }, invalid);

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormAlerts
          stale={
            stale
              ? {
                  title: t('homeInstitution.stale.title'),
                  message: t('homeInstitution.stale.message'),
                  reloadLabel: t('homeInstitution.stale.reload'),
                  reloading,
                  onReload: () => void reload(),
                }
              : undefined
          }
          otherErrors={otherErrors}
          otherErrorsTitle={t('homeInstitution.otherErrors')}
        />
        {reloaded && (
          <Alert role="status" color="blue" icon={<IconInfoCircle aria-hidden />}>
            {t('homeInstitution.stale.reloaded')}
          </Alert>
        )}
        <InstitutionFields
          form={form}
          location={
            <Select
              label={t('homeInstitution.form.timeZone')}
              description={t('homeInstitution.form.timeZoneDescription')}
              placeholder={t('homeInstitution.form.timeZonePlaceholder')}
              withAsterisk
              searchable
              // Some 400 zones: the search narrows them, and only the first matches are drawn.
              limit={50}
              nothingFoundMessage={t('homeInstitution.form.timeZoneNone')}
              data={zones}
              key={form.key('timeZone')}
              {...form.getInputProps('timeZone')}
            />
          }
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {home ? t('homeInstitution.form.save') : t('homeInstitution.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
