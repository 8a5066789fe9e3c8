import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguageOptions } from '../reference';
import { CRITERION_KINDS, type CriterionKind } from './api';
import { emptyCriterion, LIMITS, weightSum, type CallFormValues } from './formValues';
import { FormRow } from './FormRows';
import { TextFields } from './TextFields';

/** The selection criteria, with the running sum of their weights, which must come to 100. */
export function CriteriaEditor({ form }: { form: UseFormReturnType<CallFormValues> }) {
  const { t } = useTranslation();
  const languages = useLanguageOptions();
  const kinds = CRITERION_KINDS.map((kind) => ({
    value: kind,
    label: t(`calls.form.criterionKindOption.${kind}`),
  }));
  const rows = form.values.criteria;
  const sum = weightSum(rows);
  const complete = sum === LIMITS.weightTotal;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {rows.length === 0 ? t('calls.form.criteriaEmpty') : t('calls.form.criteriaHint')}
      </Text>
      {rows.map((row, index) => {
        const number = index + 1;
        const path = `criteria.${index}`;
        return (
          <FormRow
            key={index}
            label={t('calls.form.criterionRow', { number })}
            removeLabel={t('calls.form.removeCriterion', { number })}
            onRemove={() => form.removeListItem('criteria', index)}
          >
            <Stack gap="sm">
              <TextFields
                form={form}
                path={`${path}.name`}
                label={t('calls.form.criterionName')}
                requiredEnglish
                maxLength={LIMITS.title}
              />
              <SimpleGrid cols={{ base: 2 }} spacing="sm">
                <NumberInput
                  label={t('calls.form.weight')}
                  withAsterisk
                  min={1}
                  max={LIMITS.weightTotal}
                  suffix=" %"
                  allowDecimal={false}
                  allowNegative={false}
                  {...form.getInputProps(`${path}.weight`)}
                />
                <NumberInput
                  label={t('calls.form.maxScore')}
                  withAsterisk
                  min={1}
                  max={LIMITS.maxScore}
                  allowDecimal={false}
                  allowNegative={false}
                  {...form.getInputProps(`${path}.maxScore`)}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('calls.form.criterionKind')}
                  data={kinds}
                  allowDeselect={false}
                  withAsterisk
                  {...form.getInputProps(`${path}.kind`)}
                  onChange={(kind) => {
                    form.setFieldValue(`${path}.kind`, (kind ?? 'EVALUATOR') as CriterionKind);
                    if (kind !== 'LANGUAGE_LEVEL') form.setFieldValue(`${path}.language`, null);
                  }}
                />
                {row.kind === 'LANGUAGE_LEVEL' && (
                  <Select
                    label={t('calls.form.criterionLanguage')}
                    data={languages}
                    searchable
                    withAsterisk
                    {...form.getInputProps(`${path}.language`)}
                  />
                )}
              </SimpleGrid>
              <TextFields
                form={form}
                path={`${path}.description`}
                label={t('calls.form.criterionDescription')}
                maxLength={LIMITS.criterionDescription}
              />
            </Stack>
          </FormRow>
        );
      })}
      {rows.length > 0 && (
        <Text
          size="sm"
          fw={600}
          c={complete ? 'teal' : 'orange'}
          role="status"
          data-testid="weight-sum"
        >
          {t('calls.form.weightSum', { sum, total: LIMITS.weightTotal })}
        </Text>
      )}
      {typeof form.errors.criteria === 'string' && (
        <Alert color="red" role="alert" p="xs">
          {form.errors.criteria}
        </Alert>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= LIMITS.criteria}
          onClick={() => form.insertListItem('criteria', emptyCriterion())}
        >
          {t('calls.form.addCriterion')}
        </Button>
      </Group>
      <Title order={3} size="h5" mt="sm">
        {t('calls.form.ranking')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('calls.form.rankingHint')}
      </Text>
      <Switch
        label={t('calls.form.fewerOpportunitiesFirst')}
        {...form.getInputProps('ranking.fewerOpportunitiesFirst', { type: 'checkbox' })}
      />
      <NumberInput
        label={t('calls.form.minimumTotal')}
        description={t('calls.form.minimumTotalHint')}
        min={0}
        max={LIMITS.minimumTotal}
        decimalScale={2}
        allowNegative={false}
        maw={240}
        {...form.getInputProps('ranking.minimumTotal')}
      />
    </Stack>
  );
}
