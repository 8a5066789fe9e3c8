import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isPartnerRegion, PARTNER_REGIONS } from '../reference';
import { useMoney } from '../grants/text';
import { BUDGET_LINES } from './api';
import { budgetTotal, EMPTY_BUDGET_ROW, LIMITS, type ProjectFormValues } from './formValues';
import { useProjectText } from './text';

/** The amounts allocated per partner region and budget line, with their total. */
export function BudgetEditor({ form }: { form: UseFormReturnType<ProjectFormValues> }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const { line, region } = useProjectText();
  const rows = form.values.budget;
  const regions = PARTNER_REGIONS.map((value) => ({ value, label: region(value) }));
  const lines = BUDGET_LINES.map((value) => ({ value, label: line(value) }));

  return (
    <Stack>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('projects.form.budgetEmpty')}
        </Text>
      )}
      {rows.map((_, index) => {
        const number = index + 1;
        const path = `budget.${index}`;
        const rowError = form.errors[path];
        return (
          <Paper
            key={index}
            withBorder
            p="sm"
            component="section"
            aria-label={t('projects.form.budgetRow', { number })}
          >
            <Group justify="space-between" mb="xs">
              <Text fw={500}>{t('projects.form.budgetRow', { number })}</Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('projects.form.removeBudgetRow', { number })}
                onClick={() => form.removeListItem('budget', index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('projects.form.region')}
                withAsterisk
                data={regions}
                allowDeselect={false}
                {...form.getInputProps(`${path}.region`)}
                onChange={(value) =>
                  form.setFieldValue(`${path}.region`, isPartnerRegion(value) ? value : null)
                }
              />
              <Select
                label={t('projects.form.line')}
                withAsterisk
                data={lines}
                allowDeselect={false}
                {...form.getInputProps(`${path}.line`)}
              />
              <NumberInput
                label={t('projects.form.allocated')}
                withAsterisk
                min={0}
                max={LIMITS.maxAmount}
                decimalScale={2}
                allowNegative={false}
                clampBehavior="none"
                hideControls
                {...form.getInputProps(`${path}.allocated`)}
              />
            </SimpleGrid>
            {rowError && (
              <Text c="red" size="sm" mt="xs" role="alert">
                {rowError}
              </Text>
            )}
          </Paper>
        );
      })}
      <Group justify="space-between">
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= LIMITS.budgetRows}
          onClick={() => form.insertListItem('budget', { ...EMPTY_BUDGET_ROW })}
        >
          {t('projects.form.addBudgetRow')}
        </Button>
        <Text fw={500} aria-live="polite">
          {t('projects.form.budgetTotal', { total: money(budgetTotal(rows)) })}
        </Text>
      </Group>
    </Stack>
  );
}
