import {
  Button,
  Checkbox,
  Collapse,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from '../reference';
import {
  LIMITS,
  MAX_GRADE_SCALE,
  STUDY_CYCLES,
  YEARS_OF_STUDY,
  type ProfileFormValues,
} from './formValues';

type Form = UseFormReturnType<ProfileFormValues>;

const PHONE_EXAMPLE = '+996 555 123 456';

/** Who the applicant is: the name as in the passport, and how to reach them. */
export function PersonalSection({ form, email }: { form: Form; email?: string }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('profile.personal.givenName')}
        description={t('profile.personal.asInPassport')}
        withAsterisk
        autoComplete="given-name"
        maxLength={LIMITS.name}
        {...form.getInputProps('givenName')}
      />
      <TextInput
        label={t('profile.personal.familyName')}
        description={t('profile.personal.asInPassport')}
        withAsterisk
        autoComplete="family-name"
        maxLength={LIMITS.name}
        {...form.getInputProps('familyName')}
      />
      <TextInput
        label={t('profile.personal.email')}
        description={t('profile.personal.emailHint')}
        value={email ?? ''}
        placeholder={t('profile.personal.noEmail')}
        readOnly
        variant="filled"
      />
      <TextInput
        type="date"
        label={t('profile.personal.dateOfBirth')}
        autoComplete="bday"
        {...form.getInputProps('dateOfBirth')}
      />
      <Select
        label={t('profile.personal.citizenship')}
        placeholder={t('profile.personal.citizenshipPlaceholder')}
        searchable
        clearable
        nothingFoundMessage={t('profile.nothingFound')}
        data={countries}
        {...form.getInputProps('citizenship')}
      />
      <TextInput
        type="tel"
        label={t('profile.personal.phone')}
        description={t('profile.personal.phoneHint', { example: PHONE_EXAMPLE })}
        placeholder={PHONE_EXAMPLE}
        autoComplete="tel"
        maxLength={LIMITS.phone}
        {...form.getInputProps('phone')}
      />
    </SimpleGrid>
  );
}

/** The current studies, which calls' eligibility rules are checked against. */
export function StudiesSection({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('profile.studies.programme')}
        placeholder={t('profile.studies.programmePlaceholder')}
        maxLength={LIMITS.programme}
        {...form.getInputProps('studyProgramme')}
      />
      <Select
        label={t('profile.studies.cycle')}
        clearable
        data={STUDY_CYCLES.map((cycle) => ({
          value: cycle,
          label: t(`profile.studies.cycles.${cycle}`),
        }))}
        {...form.getInputProps('studyCycle')}
      />
      <Select
        label={t('profile.studies.year')}
        clearable
        data={[...YEARS_OF_STUDY]}
        {...form.getInputProps('yearOfStudy')}
      />
      <SimpleGrid cols={2}>
        <NumberInput
          label={t('profile.studies.gradeAverage')}
          description={t('profile.studies.gradeAverageHint')}
          min={0}
          decimalScale={2}
          allowNegative={false}
          clampBehavior="none"
          hideControls
          {...form.getInputProps('gradeAverage')}
        />
        <NumberInput
          label={t('profile.studies.gradeScale')}
          description={t('profile.studies.gradeScaleHint')}
          min={0}
          max={MAX_GRADE_SCALE}
          decimalScale={2}
          allowNegative={false}
          clampBehavior="none"
          hideControls
          {...form.getInputProps('gradeScale')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('profile.studies.fewerOpportunities')}
        description={t('profile.studies.fewerOpportunitiesHint')}
        {...form.getInputProps('fewerOpportunities', { type: 'checkbox' })}
      />
    </SimpleGrid>
  );
}

interface StaffProps {
  form: Form;
  open: boolean;
  onToggle: () => void;
}

/** Department and position, which only staff mobility needs: folded away unless filled in. */
export function StaffSection({ form, open, onToggle }: StaffProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('profile.staff.hint')}
      </Text>
      <Button
        variant="subtle"
        size="compact-sm"
        style={{ alignSelf: 'flex-start' }}
        aria-expanded={open}
        aria-controls={id}
        rightSection={
          open ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />
        }
        onClick={onToggle}
      >
        {t(open ? 'profile.staff.hide' : 'profile.staff.show')}
      </Button>
      <Collapse expanded={open} id={id}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('profile.staff.department')}
            placeholder={t('profile.staff.departmentPlaceholder')}
            maxLength={LIMITS.staff}
            {...form.getInputProps('department')}
          />
          <TextInput
            label={t('profile.staff.position')}
            placeholder={t('profile.staff.positionPlaceholder')}
            maxLength={LIMITS.staff}
            {...form.getInputProps('position')}
          />
        </SimpleGrid>
      </Collapse>
    </Stack>
  );
}
