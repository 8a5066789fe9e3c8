import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { useCefrLevels, useIscedFields, useLanguages } from '../reference';
import { DURATION_PER_MOBILITY, isStudent } from './api';
import {
  DIRECTIONS,
  EMPTY_LANGUAGE_SKILL,
  LIMITS,
  newFlow,
  type AgreementFormValues,
} from './formValues';
import { EQF_LEVELS, useMobilityTypeOptions, type Option } from './options';

interface Names {
  home: string;
  partner: string;
}

/** The options of the flow editor's pickers, from the reference data. */
function usePickerOptions() {
  const language = useLanguage();
  const isced = useIscedFields();
  const languages = useLanguages();
  const cefr = useCefrLevels();
  return {
    isced: useMemo<Option[]>(
      () =>
        (isced.data ?? []).map((field) => ({
          value: field.code,
          label: `${field.code} ${field.name}`,
        })),
      [isced.data],
    ),
    languages: useMemo<Option[]>(() => {
      const collator = new Intl.Collator(language);
      return (languages.data ?? [])
        .map((spoken) => ({ value: spoken.code, label: spoken.names[language] }))
        .sort((a, b) => collator.compare(a.label, b.label));
    }, [languages.data, language]),
    cefr: (cefr.data ?? []).map((level) => level.code),
  };
}

type PickerOptions = ReturnType<typeof usePickerOptions>;

interface FlowProps {
  form: UseFormReturnType<AgreementFormValues>;
  index: number;
  names: Names;
  years: string[];
  options: PickerOptions;
}

function LanguageSkills({ form, index, options }: Omit<FlowProps, 'names' | 'years'>) {
  const { t } = useTranslation();
  const path = `flows.${index}.languageSkills`;
  const skills = form.values.flows[index].languageSkills;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('agreements.flows.languages')}
      </Text>
      {skills.map((_, row) => {
        const number = row + 1;
        return (
          <Group
            key={row}
            align="flex-start"
            wrap="nowrap"
            role="group"
            aria-label={t('agreements.form.languageRow', { number })}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} flex={1}>
              <Select
                label={t('agreements.form.language')}
                withAsterisk
                searchable
                data={options.languages}
                nothingFoundMessage={t('agreements.form.nothingFound')}
                {...form.getInputProps(`${path}.${row}.language`)}
              />
              <Select
                label={t('agreements.form.cefrLevel')}
                withAsterisk
                data={options.cefr}
                {...form.getInputProps(`${path}.${row}.cefrLevel`)}
              />
              <Select
                label={t('agreements.form.languageSubject')}
                placeholder={t('agreements.form.anySubject')}
                searchable
                clearable
                limit={50}
                data={options.isced}
                nothingFoundMessage={t('agreements.form.nothingFound')}
                {...form.getInputProps(`${path}.${row}.iscedCode`)}
              />
            </SimpleGrid>
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={t('agreements.form.removeLanguage', { number })}
              onClick={() => form.removeListItem(path, row)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          disabled={skills.length >= LIMITS.languageSkills}
          onClick={() => form.insertListItem(path, { ...EMPTY_LANGUAGE_SKILL })}
        >
          {t('agreements.form.addLanguage')}
        </Button>
      </Group>
    </Stack>
  );
}

function SubjectAreas({ form, index, options }: Omit<FlowProps, 'names' | 'years'>) {
  const { t } = useTranslation();
  const path = `flows.${index}.subjectAreas`;
  const areas = form.values.flows[index].subjectAreas;
  const label = (code: string) => options.isced.find((o) => o.value === code)?.label ?? code;
  return (
    <Stack gap="xs">
      <MultiSelect
        label={t('agreements.flows.subjectAreas')}
        description={t('agreements.form.subjectAreasDescription')}
        searchable
        limit={50}
        hidePickedOptions
        maxValues={LIMITS.subjectAreas}
        data={options.isced}
        nothingFoundMessage={t('agreements.form.nothingFound')}
        value={areas.map((area) => area.iscedCode)}
        error={form.errors[path]}
        onChange={(codes) =>
          form.setFieldValue(
            path,
            codes.map((code) => ({
              iscedCode: code,
              clarification: areas.find((area) => area.iscedCode === code)?.clarification ?? '',
            })),
          )
        }
      />
      {areas.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {areas.map((area, row) => (
            <TextInput
              key={area.iscedCode}
              label={t('agreements.form.clarification', { field: label(area.iscedCode) })}
              maxLength={LIMITS.clarification}
              {...form.getInputProps(`${path}.${row}.clarification`)}
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function FlowFields({ form, index, names, years, options }: FlowProps) {
  const { t } = useTranslation();
  const types = useMobilityTypeOptions();
  const path = `flows.${index}`;
  const flow = form.values.flows[index];
  const student = isStudent(flow.mobilityType);
  const { min, max } = DURATION_PER_MOBILITY[flow.mobilityType];
  const number = index + 1;
  const flowError = form.errors[path];

  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-label={t('agreements.form.flowNumber', { number })}
    >
      <Group justify="space-between" mb="xs">
        <Text fw={500}>{t('agreements.form.flowNumber', { number })}</Text>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('agreements.form.removeFlow', { number })}
          onClick={() => form.removeListItem('flows', index)}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Group>
      <Stack>
        {flowError && (
          <Text c="red" size="sm" role="alert">
            {flowError}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('agreements.flows.type')}
            withAsterisk
            allowDeselect={false}
            data={types}
            {...form.getInputProps(`${path}.mobilityType`)}
          />
          <Radio.Group
            label={t('agreements.flows.direction')}
            withAsterisk
            {...form.getInputProps(`${path}.direction`)}
          >
            <Stack gap={6} mt={6}>
              {DIRECTIONS.map((direction) => (
                <Radio
                  key={direction}
                  value={direction}
                  label={t('agreements.flows.from', {
                    sending: direction === 'HOME_TO_PARTNER' ? names.home : names.partner,
                    receiving: direction === 'HOME_TO_PARTNER' ? names.partner : names.home,
                  })}
                />
              ))}
            </Stack>
          </Radio.Group>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Select
            label={t('agreements.form.firstYear')}
            withAsterisk
            data={years}
            {...form.getInputProps(`${path}.firstAcademicYear`)}
          />
          <Select
            label={t('agreements.form.lastYear')}
            withAsterisk
            data={years}
            {...form.getInputProps(`${path}.lastAcademicYear`)}
          />
          <NumberInput
            label={t('agreements.flows.mobilitiesPerYear')}
            withAsterisk
            min={1}
            max={LIMITS.mobilitiesPerYear}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps(`${path}.mobilitiesPerYear`)}
          />
          <NumberInput
            key={student ? 'months' : 'days'}
            label={t(student ? 'agreements.form.totalMonths' : 'agreements.form.totalDays')}
            description={t(student ? 'agreements.form.monthsEach' : 'agreements.form.daysEach', {
              min,
              max,
            })}
            withAsterisk
            min={0}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps(
              `${path}.${student ? 'totalMonthsPerYear' : 'totalDaysPerYear'}`,
            )}
          />
        </SimpleGrid>
        <SubjectAreas form={form} index={index} options={options} />
        {student && (
          <Group align="flex-start" gap="xl">
            <Checkbox.Group
              label={t('agreements.flows.eqfLevels')}
              {...form.getInputProps(`${path}.eqfLevels`)}
            >
              <Group gap="md" mt={6}>
                {EQF_LEVELS.map((level) => (
                  <Checkbox
                    key={level}
                    value={String(level)}
                    label={t('agreements.eqf', {
                      level,
                      name: t(`agreements.eqfName.${level}`),
                    })}
                  />
                ))}
              </Group>
            </Checkbox.Group>
            <Checkbox
              mt={28}
              label={t('agreements.form.blendedAllowed')}
              {...form.getInputProps(`${path}.blendedAllowed`, { type: 'checkbox' })}
            />
          </Group>
        )}
        <LanguageSkills form={form} index={index} options={options} />
        <Textarea
          label={t('agreements.flows.otherTerms')}
          autosize
          minRows={2}
          maxLength={LIMITS.otherTerms}
          {...form.getInputProps(`${path}.otherTerms`)}
        />
      </Stack>
    </Paper>
  );
}

interface Props {
  form: UseFormReturnType<AgreementFormValues>;
  names: Names;
  years: string[];
}

/** The cooperation conditions: add, change and remove flows. */
export function FlowEditor({ form, names, years }: Props) {
  const { t } = useTranslation();
  const options = usePickerOptions();
  const flows = form.values.flows;
  return (
    <Stack>
      {flows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('agreements.form.noFlows')}
        </Text>
      )}
      {flows.map((_, index) => (
        <FlowFields
          key={index}
          form={form}
          index={index}
          names={names}
          years={years}
          options={options}
        />
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={flows.length >= LIMITS.flows}
          onClick={() => form.insertListItem('flows', newFlow(form.getValues()))}
        >
          {t('agreements.form.addFlow')}
        </Button>
      </Group>
    </Stack>
  );
}
