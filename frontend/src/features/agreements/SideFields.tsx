import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EMPTY_CONTACT, LIMITS, type AgreementFormValues } from './formValues';

interface Props {
  form: UseFormReturnType<AgreementFormValues>;
  side: 'home' | 'partner';
  legend: string;
}

/** One institution's side: its own code of the agreement, signer, signing date, contacts. */
export function SideFields({ form, side, legend }: Props) {
  const { t } = useTranslation();
  const contacts = form.values[side].contacts;
  return (
    <Fieldset legend={legend}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('agreements.side.localId')}
            description={t('agreements.side.localIdDescription')}
            maxLength={LIMITS.localId}
            {...form.getInputProps(`${side}.localId`)}
          />
          <TextInput
            type="date"
            label={t('agreements.side.signingDate')}
            {...form.getInputProps(`${side}.signingDate`)}
          />
          <TextInput
            label={t('agreements.side.signerName')}
            maxLength={LIMITS.signerName}
            {...form.getInputProps(`${side}.signerName`)}
          />
          <TextInput
            type="email"
            label={t('agreements.side.signerEmail')}
            maxLength={LIMITS.email}
            {...form.getInputProps(`${side}.signerEmail`)}
          />
        </SimpleGrid>
        {contacts.map((_, index) => {
          const number = index + 1;
          const path = `${side}.contacts.${index}`;
          const label = t('agreements.side.contactNumber', { legend, number });
          return (
            <Paper key={index} withBorder p="sm" component="section" aria-label={label}>
              <Group justify="space-between" mb="xs">
                <Text fw={500} size="sm">
                  {t('agreements.side.contact', { number })}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('agreements.side.removeContact', { name: label })}
                  onClick={() => form.removeListItem(`${side}.contacts`, index)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
                <TextInput
                  label={t('agreements.side.contactName')}
                  withAsterisk
                  maxLength={200}
                  {...form.getInputProps(`${path}.name`)}
                />
                <TextInput
                  label={t('agreements.side.contactRole')}
                  maxLength={200}
                  {...form.getInputProps(`${path}.role`)}
                />
                <TextInput
                  type="email"
                  label={t('agreements.side.contactEmail')}
                  maxLength={LIMITS.email}
                  {...form.getInputProps(`${path}.email`)}
                />
                <TextInput
                  type="tel"
                  label={t('agreements.side.contactPhone')}
                  maxLength={50}
                  {...form.getInputProps(`${path}.phone`)}
                />
              </SimpleGrid>
            </Paper>
          );
        })}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            disabled={contacts.length >= LIMITS.contacts}
            onClick={() => form.insertListItem(`${side}.contacts`, { ...EMPTY_CONTACT })}
          >
            {t('agreements.side.addContact')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
