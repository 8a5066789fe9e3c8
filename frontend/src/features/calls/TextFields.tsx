import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { TEXT_LANGUAGES } from './api';
import type { CallFormValues } from './formValues';

interface Props {
  form: UseFormReturnType<CallFormValues>;
  /** The form path of the texts, e.g. "title" or "criteria.0.name". */
  path: string;
  /** The field's name, e.g. "Title": each input is "Title (English)". */
  label: string;
  /** English is required. */
  requiredEnglish?: boolean;
  multiline?: boolean;
  maxLength: number;
}

/** One text in each language the office writes calls in; English first. */
export function TextFields({ form, path, label, requiredEnglish, multiline, maxLength }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: multiline ? 1 : 2 }} spacing="sm">
      {TEXT_LANGUAGES.map((language) => {
        const props = {
          label: t('calls.form.inLanguage', {
            field: label,
            language: t(`calls.textLanguage.${language}`),
          }),
          lang: language,
          withAsterisk: requiredEnglish && language === 'en',
          maxLength,
          ...form.getInputProps(`${path}.${language}`),
        };
        return multiline ? (
          <Textarea {...props} key={language} autosize minRows={3} maxRows={12} />
        ) : (
          <TextInput {...props} key={language} />
        );
      })}
    </SimpleGrid>
  );
}
