import { Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../../i18n';
import { useInstitution } from '../institutions/api';

/** The partner's name in the interface language; rows of one partner share one request. */
export function PartnerLabel({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const institution = useInstitution(id);
  if (institution.isPending) return <Skeleton height={14} width={120} />;
  if (institution.isError) {
    return (
      <Text size="sm" c="dimmed" span>
        {t('notifications.unknownPartner')}
      </Text>
    );
  }
  return localizedName(institution.data, language);
}
