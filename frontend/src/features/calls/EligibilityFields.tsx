import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguageOptions } from '../reference';
import { isStaffType, STAFF_CATEGORIES } from './api';
import { EMPTY_LANGUAGE, LIMITS, type CallFormValues } from './formValues';
import { FormRow } from './FormRows';
import { useCallText } from './text';

const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** Who may apply: study cycle, year and grade for students, categories for staff; languages for all. */
export function EligibilityFields({ form }: { form: UseFormReturnType<CallFormValues> }) {
  const { t } = useTranslation();
  const text = useCallText();
  const languages = useLanguageOptions();
  const type = form.values.mobilityType;
  const staff = type !== null && isStaffType(type);
  const doctoral = type === 'SHORT_TERM_DOCTORAL';
  const rows = form.values.eligibility.languages;

  return (
    <Stack>
      {type === null && (
        <Text size="sm" c="dimmed">
          {t('calls.form.eligibilityTypeFirst')}
        </Text>
      )}
      {type !== null && !staff && (
        <>
          <MultiSelect
            label={t('calls.form.studyCycles')}
            description={
              doctoral ? t('calls.form.studyCyclesDoctoral') : t('calls.form.studyCyclesHint')
            }
            data={[5, 6, 7, 8].map((level) => ({
              value: String(level),
              label: text.cycle(level),
              disabled: doctoral && level !== 8,
            }))}
            {...form.getInputProps('eligibility.eqfLevels')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput
              label={t('calls.form.minimumYear')}
              min={1}
              max={LIMITS.yearOfStudy}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('eligibility.minimumYearOfStudy')}
            />
            <NumberInput
              label={t('calls.form.minimumGrade')}
              description={t('calls.form.minimumGradeHint')}
              min={0}
              decimalScale={2}
              allowNegative={false}
              {...form.getInputProps('eligibility.minimumGrade.value')}
            />
            <NumberInput
              label={t('calls.form.gradeScale')}
              description={t('calls.form.gradeScaleHint')}
              min={0}
              max={LIMITS.gradeScale}
              decimalScale={2}
              allowNegative={false}
              {...form.getInputProps('eligibility.minimumGrade.scaleMax')}
            />
          </SimpleGrid>
        </>
      )}
      {staff && (
        <MultiSelect
          label={t('calls.form.staffCategories')}
          description={t('calls.form.staffCategoriesHint')}
          data={STAFF_CATEGORIES.map((value) => ({ value, label: text.staffCategory(value) }))}
          {...form.getInputProps('eligibility.staffCategories')}
        />
      )}
      <Text size="sm" fw={500}>
        {t('calls.form.languages')}
      </Text>
      {rows.map((_, index) => {
        const number = index + 1;
        const path = `eligibility.languages.${index}`;
        const taken = new Set(
          rows.filter((_, other) => other !== index).map((row) => row.language),
        );
        return (
          <FormRow
            key={index}
            label={t('calls.form.languageRow', { number })}
            removeLabel={t('calls.form.removeLanguage', { number })}
            onRemove={() => form.removeListItem('eligibility.languages', index)}
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <Select
                label={t('calls.form.language')}
                withAsterisk
                searchable
                nothingFoundMessage={t('calls.form.nothingFound')}
                data={languages.filter((option) => !taken.has(option.value))}
                {...form.getInputProps(`${path}.language`)}
              />
              <Select
                label={t('calls.form.cefrLevel')}
                withAsterisk
                allowDeselect={false}
                data={CEFR_LEVELS}
                {...form.getInputProps(`${path}.cefrLevel`)}
              />
            </SimpleGrid>
          </FormRow>
        );
      })}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= LIMITS.languages}
          onClick={() => form.insertListItem('eligibility.languages', { ...EMPTY_LANGUAGE })}
        >
          {t('calls.form.addLanguage')}
        </Button>
      </Group>
    </Stack>
  );
}
