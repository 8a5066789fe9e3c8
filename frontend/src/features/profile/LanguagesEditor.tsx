import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguageOptions } from '../reference';
import { CEFR_LEVELS, EMPTY_LANGUAGE_ROW, LIMITS, type ProfileFormValues } from './formValues';

/** The languages the applicant knows, each once, with a self-assessed CEFR level. */
export function LanguagesEditor({ form }: { form: UseFormReturnType<ProfileFormValues> }) {
  const { t } = useTranslation();
  const options = useLanguageOptions();
  const rows = form.values.languages;
  const levels = CEFR_LEVELS.map((level) => ({
    value: level,
    label: t(`profile.languages.level.${level}`),
  }));

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {rows.length === 0 ? t('profile.languages.empty') : t('profile.languages.hint')}
      </Text>
      {rows.map((_, index) => {
        const number = index + 1;
        const path = `languages.${index}`;
        // Each language once: the other rows' languages are not offered again.
        const taken = new Set(
          rows.filter((_, other) => other !== index).map((row) => row.language),
        );
        return (
          <Group
            key={index}
            role="group"
            aria-label={t('profile.languages.row', { number })}
            align="flex-start"
            wrap="nowrap"
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} style={{ flex: 1 }}>
              <Select
                label={t('profile.languages.language')}
                withAsterisk
                searchable
                nothingFoundMessage={t('profile.nothingFound')}
                data={options.filter((option) => !taken.has(option.value))}
                {...form.getInputProps(`${path}.language`)}
              />
              <Select
                label={t('profile.languages.cefrLevel')}
                withAsterisk
                allowDeselect={false}
                data={levels}
                {...form.getInputProps(`${path}.cefrLevel`)}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('profile.languages.remove', { number })}
              onClick={() => form.removeListItem('languages', index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= LIMITS.languages}
          onClick={() => form.insertListItem('languages', { ...EMPTY_LANGUAGE_ROW })}
        >
          {t('profile.languages.add')}
        </Button>
        {rows.length >= LIMITS.languages && (
          <Text size="sm" c="dimmed">
            {t('profile.languages.max', { max: LIMITS.languages })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
