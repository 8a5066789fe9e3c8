import { Fieldset, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from '../reference';
import { OTHER_NAME_LANGUAGES, type InstitutionFormValues } from './formValues';
import { LIMITS } from './validation';

interface Props<Values extends InstitutionFormValues> {
  form: UseFormReturnType<Values>;
  /** More fields of the location, after the coordinates. */
  location?: ReactNode;
}

/** The names, identifiers and location of an institution: a partner or the home institution. */
export function InstitutionFields<Values extends InstitutionFormValues>({
  form,
  location,
}: Props<Values>) {
  const { t } = useTranslation();
  const countries = useCountryOptions();

  return (
    <>
      <Fieldset legend={t('partners.form.general')}>
        <Stack>
          <TextInput
            label={t('partners.form.name')}
            description={t('partners.form.nameDescription')}
            withAsterisk
            maxLength={LIMITS.name}
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {OTHER_NAME_LANGUAGES.map((language) => (
              <TextInput
                label={t(`partners.form.nameIn.${language}`)}
                lang={language}
                maxLength={LIMITS.name}
                key={form.key(`otherNames.${language}`)}
                {...form.getInputProps(`otherNames.${language}`)}
              />
            ))}
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('partners.form.identifiers')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('partners.form.erasmusCode')}
            description={t('partners.form.erasmusCodeDescription')}
            maxLength={LIMITS.erasmusCode}
            key={form.key('erasmusCode')}
            {...form.getInputProps('erasmusCode')}
          />
          <TextInput
            label={t('partners.form.schacCode')}
            description={t('partners.form.schacCodeDescription')}
            maxLength={LIMITS.schacCode}
            key={form.key('schacCode')}
            {...form.getInputProps('schacCode')}
          />
          <TextInput
            label={t('partners.form.pic')}
            description={t('partners.form.picDescription')}
            inputMode="numeric"
            maxLength={9}
            key={form.key('pic')}
            {...form.getInputProps('pic')}
          />
          <TextInput
            type="url"
            label={t('partners.form.website')}
            placeholder="https://"
            maxLength={LIMITS.website}
            key={form.key('website')}
            {...form.getInputProps('website')}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('partners.form.location')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('partners.form.country')}
            placeholder={t('partners.form.countryPlaceholder')}
            withAsterisk
            searchable
            data={countries}
            key={form.key('countryCode')}
            {...form.getInputProps('countryCode')}
          />
          <TextInput
            label={t('partners.form.city')}
            withAsterisk
            maxLength={LIMITS.city}
            key={form.key('city')}
            {...form.getInputProps('city')}
          />
          <NumberInput
            label={t('partners.form.latitude')}
            description={t('partners.form.coordinatesDescription')}
            withAsterisk
            min={-90}
            max={90}
            decimalScale={6}
            clampBehavior="none"
            hideControls
            key={form.key('latitude')}
            {...form.getInputProps('latitude')}
          />
          <NumberInput
            label={t('partners.form.longitude')}
            description={t('partners.form.coordinatesDescription')}
            withAsterisk
            min={-180}
            max={180}
            decimalScale={6}
            clampBehavior="none"
            hideControls
            key={form.key('longitude')}
            {...form.getInputProps('longitude')}
          />
          {location}
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
