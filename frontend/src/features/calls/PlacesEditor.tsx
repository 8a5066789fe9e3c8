import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EMPTY_PLACE, LIMITS, type AgreementCapacity, type CallFormValues } from './formValues';
import { FormRow } from './FormRows';

interface Props {
  form: UseFormReturnType<CallFormValues>;
  partners: { value: string; label: string }[];
  /** What the agreements in force allow at the partners the server knows, when still valid. */
  capacity?: AgreementCapacity;
}

/** Places per partner; more than the agreements allow needs an internal reason. */
export function PlacesEditor({ form, partners, capacity }: Props) {
  const { t } = useTranslation();
  const rows = form.values.places;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {rows.length === 0 ? t('calls.form.placesEmpty') : t('calls.form.placesHint')}
      </Text>
      {rows.map((row, index) => {
        const number = index + 1;
        const path = `places.${index}`;
        const taken = new Set(
          rows.filter((_, other) => other !== index).map((other) => other.partnerInstitutionId),
        );
        const partnerId = row.partnerInstitutionId;
        let agreement: string;
        if (partnerId && capacity?.has(partnerId)) {
          const mobilities = capacity.get(partnerId);
          agreement =
            mobilities === undefined
              ? t('calls.form.agreementNone')
              : t('calls.form.agreementMobilities', { mobilities });
        } else agreement = t('calls.form.agreementUnknown');
        return (
          <FormRow
            key={index}
            label={t('calls.form.placeRow', { number })}
            removeLabel={t('calls.form.removePlace', { number })}
            onRemove={() => form.removeListItem('places', index)}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('calls.form.partner')}
                withAsterisk
                searchable
                nothingFoundMessage={t('calls.form.nothingFound')}
                data={partners.filter((option) => !taken.has(option.value))}
                style={{ gridColumn: 'span 2' }}
                {...form.getInputProps(`${path}.partnerInstitutionId`)}
              />
              <NumberInput
                label={t('calls.form.places')}
                description={agreement}
                withAsterisk
                min={1}
                max={LIMITS.places}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps(`${path}.places`)}
              />
            </SimpleGrid>
            <Textarea
              mt="sm"
              label={t('calls.form.overrideReason')}
              description={t('calls.form.overrideReasonHint')}
              autosize
              minRows={1}
              maxLength={LIMITS.reason}
              {...form.getInputProps(`${path}.overrideReason`)}
            />
          </FormRow>
        );
      })}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= LIMITS.placeRows}
          onClick={() => form.insertListItem('places', { ...EMPTY_PLACE })}
        >
          {t('calls.form.addPlace')}
        </Button>
      </Group>
    </Stack>
  );
}
