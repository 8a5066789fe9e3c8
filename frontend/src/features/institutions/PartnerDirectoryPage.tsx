import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import { PartnerList } from './PartnerList';

/** The public partner directory: anyone may browse the active partners. */
export function PartnerDirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('partners.directoryTitle'));
  return (
    <Stack>
      <div>
        <Title order={1}>{t('partners.directoryTitle')}</Title>
        <Text c="dimmed">{t('partners.directoryIntro')}</Text>
      </div>
      <PartnerList staff={false} />
    </Stack>
  );
}
