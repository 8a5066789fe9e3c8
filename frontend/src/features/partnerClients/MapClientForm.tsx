import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../../components/FormAlerts';
import { useFormRefusal } from '../../components/useFormRefusal';
import { localizedName, useLanguage } from '../../i18n';
import { useActivePartners } from '../institutions/api';
import { useNameById } from '../reference';
import { CLIENT_ID, CLIENT_ID_MAX, useMapClient, type PartnerClient } from './api';

interface Values {
  clientId: string;
  institutionId: string | null;
}

/** Maps a client to a partner; a client mapped already moves to the partner chosen. */
export function MapClientForm({ mapped }: { mapped: PartnerClient[] }) {
  const nameById = useNameById();
  const { t } = useTranslation();
  const language = useLanguage();
  const partners = useActivePartners();
  const map = useMapClient();
  const options = useMemo(
    () =>
      (partners.data?.items ?? []).map((partner) => ({
        value: partner.id,
        label: localizedName(partner, language),
      })),
    [partners.data, language],
  );

  const form = useForm<Values>({
    initialValues: { clientId: '', institutionId: null },
    validate: {
      clientId: (value) => {
        const id = value.trim();
        if (!id) return t('validation.required');
        if (id.length > CLIENT_ID_MAX) return t('validation.maxLength', { max: CLIENT_ID_MAX });
        return CLIENT_ID.test(id) ? null : t('partnerClients.form.clientIdFormat');
      },
      institutionId: (value) => (value ? null : t('validation.required')),
    },
  });
  const { formRef, otherErrors, reset, invalid, refused } = useFormRefusal(form, () => false);

  const clientId = form.values.clientId.trim();
  const current = mapped.find((client) => client.clientId === clientId);

  const submit = form.onSubmit(({ clientId, institutionId }) => {
    reset();
    map.mutate(
      { clientId: clientId.trim(), institutionId: institutionId ?? '' },
      {
        onSuccess: ({ mapped, moved }) => {
          notifications.show({
            color: 'teal',
            message: t(moved ? 'partnerClients.form.moved' : 'partnerClients.form.mapped', {
              client: mapped.clientId,
              partner: nameById(mapped.institutionId, mapped.institutionName),
            }),
          });
          form.reset();
        },
        onError: refused,
      },
    );
  }, invalid);

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack>
        <RefusalAlert title={t('partnerClients.form.refused')} messages={otherErrors} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('partnerClients.form.clientId')}
            description={
              current
                ? t('partnerClients.form.clientIdMapped', {
                    partner: nameById(current.institutionId, current.institutionName),
                  })
                : t('partnerClients.form.clientIdDescription')
            }
            placeholder="partner-tartu"
            withAsterisk
            maxLength={CLIENT_ID_MAX}
            autoComplete="off"
            spellCheck={false}
            {...form.getInputProps('clientId')}
          />
          <Select
            label={t('partnerClients.form.partner')}
            description={t('partnerClients.form.partnerDescription')}
            placeholder={t('partnerClients.form.partnerPlaceholder')}
            withAsterisk
            searchable
            nothingFoundMessage={t('partnerClients.form.partnerNone')}
            data={options}
            {...form.getInputProps('institutionId')}
            {...(partners.isError && { error: t('partnerClients.form.partnersFailed') })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={map.isPending}>
            {current ? t('partnerClients.form.move') : t('partnerClients.form.map')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
