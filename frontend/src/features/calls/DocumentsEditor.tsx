import {
  Button,
  Checkbox,
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
import { DOCUMENT_FORMATS, DOCUMENT_TYPES } from './api';
import { emptyDocument, LIMITS, type CallFormValues } from './formValues';
import { FormRow } from './FormRows';
import { useCallText } from './text';
import { TextFields } from './TextFields';

/** The documents applicants upload: type, label, mandatory, formats and largest size. */
export function DocumentsEditor({ form }: { form: UseFormReturnType<CallFormValues> }) {
  const { t } = useTranslation();
  const text = useCallText();
  const rows = form.values.documents;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {rows.length === 0 ? t('calls.form.documentsEmpty') : t('calls.form.documentsHint')}
      </Text>
      {rows.map((row, index) => {
        const number = index + 1;
        const path = `documents.${index}`;
        return (
          <FormRow
            key={index}
            label={t('calls.form.documentRow', { number })}
            removeLabel={t('calls.form.removeDocument', { number })}
            onRemove={() => form.removeListItem('documents', index)}
          >
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Select
                  label={t('calls.form.documentType')}
                  withAsterisk
                  allowDeselect={false}
                  data={DOCUMENT_TYPES.map((value) => ({ value, label: text.documentType(value) }))}
                  {...form.getInputProps(`${path}.type`)}
                />
                <MultiSelect
                  label={t('calls.form.formats')}
                  withAsterisk
                  data={[...DOCUMENT_FORMATS]}
                  {...form.getInputProps(`${path}.formats`)}
                />
                <NumberInput
                  label={t('calls.form.maxSize')}
                  description={t('calls.form.maxSizeHint', { max: LIMITS.documentMb })}
                  withAsterisk
                  min={0}
                  max={LIMITS.documentMb}
                  decimalScale={2}
                  allowNegative={false}
                  {...form.getInputProps(`${path}.maxSizeMb`)}
                />
              </SimpleGrid>
              <Checkbox
                label={t('calls.form.mandatory')}
                {...form.getInputProps(`${path}.mandatory`, { type: 'checkbox' })}
              />
              <TextFields
                form={form}
                path={`${path}.label`}
                label={t('calls.form.documentLabel')}
                requiredEnglish={row.type === 'OTHER'}
                maxLength={LIMITS.title}
              />
            </Stack>
          </FormRow>
        );
      })}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= LIMITS.documents}
          onClick={() => form.insertListItem('documents', emptyDocument())}
        >
          {t('calls.form.addDocument')}
        </Button>
      </Group>
    </Stack>
  );
}
