import {
  Fieldset,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from '../reference';
import type { InstitutionOptions, PlaceValue } from './place';

interface Props {
  legend: string;
  value: PlaceValue;
  /** The institution shown when the visitor has not chosen one. */
  institutionId: string | null;
  onChange: (value: PlaceValue) => void;
  institutions: InstitutionOptions;
  /** Messages of the API for this place, for the place as a whole and for its parts. */
  errors: { place?: string; countryCode?: string; latitude?: string; longitude?: string };
  testId: string;
}

/** One end of the mobility: an institution from the lists, or a country with a city's coordinates. */
export function PlaceField({
  legend,
  value,
  institutionId,
  onChange,
  institutions,
  errors,
  testId,
}: Props) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const hintId = useId();

  return (
    <Fieldset legend={legend} data-testid={testId}>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={`${legend}: ${t('grantEstimate.placeMode')}`}
          fullWidth
          value={value.mode}
          onChange={(mode) => onChange({ ...value, mode: mode })}
          data={[
            { value: 'institution', label: t('grantEstimate.modeInstitution') },
            { value: 'coordinates', label: t('grantEstimate.modeCoordinates') },
          ]}
        />
        {value.mode === 'institution' ? (
          <Select
            label={t('grantEstimate.institution')}
            placeholder={t('grantEstimate.institutionPlaceholder')}
            data={institutions}
            value={institutionId}
            onChange={(id) => onChange({ ...value, institutionId: id })}
            searchable
            clearable
            nothingFoundMessage={t('common.none')}
            error={errors.place}
          />
        ) : (
          <>
            <Select
              label={t('grantEstimate.country')}
              placeholder={t('grantEstimate.countryPlaceholder')}
              data={countries}
              value={value.countryCode}
              onChange={(code) => onChange({ ...value, countryCode: code })}
              searchable
              clearable
              error={errors.countryCode ?? errors.place}
            />
            <SimpleGrid cols={2} spacing="sm">
              <NumberInput
                label={t('grantEstimate.latitude')}
                value={value.latitude}
                onChange={(latitude) => onChange({ ...value, latitude })}
                min={-90}
                max={90}
                decimalScale={6}
                step={0.01}
                hideControls
                aria-describedby={hintId}
                error={errors.latitude}
              />
              <NumberInput
                label={t('grantEstimate.longitude')}
                value={value.longitude}
                onChange={(longitude) => onChange({ ...value, longitude })}
                min={-180}
                max={180}
                decimalScale={6}
                step={0.01}
                hideControls
                aria-describedby={hintId}
                error={errors.longitude}
              />
            </SimpleGrid>
            <Text id={hintId} size="xs" c="dimmed">
              {t('grantEstimate.coordinatesHint')}
            </Text>
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
