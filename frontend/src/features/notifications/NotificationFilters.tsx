import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../../i18n';
import { useInstitutionList } from '../institutions/api';
import { NOTIFICATION_STATUSES } from './api';
import { isFiltered, type NotificationListParams } from './listParams';

interface Props {
  params: NotificationListParams;
  onChange: (changes: Partial<NotificationListParams>) => void;
}

/** The API's largest page: the partners of one office fit in it. */
const ALL_PARTNERS = { size: 200, sort: 'name' };

export function NotificationFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const partners = useInstitutionList(ALL_PARTNERS);
  const partnerOptions = (partners.data?.items ?? []).map((institution) => ({
    value: institution.id,
    label: localizedName(institution, language),
  }));

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label={t('notifications.filters.status')}
        placeholder={t('notifications.filters.anyStatus')}
        data={NOTIFICATION_STATUSES.map((status) => ({
          value: status,
          label: t(`notifications.status.${status}`),
        }))}
        value={params.status}
        onChange={(status) =>
          onChange({ status: NOTIFICATION_STATUSES.find((known) => known === status) ?? null })
        }
        clearable
      />
      <Group align="flex-end" wrap="nowrap" gap="xs">
        <Select
          label={t('notifications.filters.partner')}
          placeholder={t('notifications.filters.anyPartner')}
          data={partnerOptions}
          value={params.partner}
          onChange={(partner) => onChange({ partner })}
          nothingFoundMessage={t('notifications.filters.noPartner')}
          searchable
          clearable
          flex={1}
        />
        {isFiltered(params) && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => onChange({ status: null, partner: null })}
          >
            {t('notifications.filters.clear')}
          </Button>
        )}
      </Group>
    </SimpleGrid>
  );
}
