import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyCriterion, LIMITS, weightSum, type CallFormValues } from './formValues';
import { FormRow } from './FormRows';
import { TextFields } from './TextFields';

/** The selection criteria, with the running sum of their weights, which must come to 100. */
export function CriteriaEditor({ form }: { form: UseFormReturnType<CallFormValues> }) {
  const { t } = useTranslation();
  const rows = form.values.criteria;
  const sum = weightSum(rows);
  const complete = sum === LIMITS.weightTotal;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {rows.length === 0 ? t('calls.form.criteriaEmpty') : t('calls.form.criteriaHint')}
      </Text>
      {rows.map((_, index) => {
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
    </Stack>
  );
}
