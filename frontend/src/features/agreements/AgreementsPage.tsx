import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import { AgreementList } from './AgreementList';
import { NewAgreementButton } from './NewAgreementButton';

/** The inter-institutional agreements; coordinators make and sign them, admins only look. */
export function AgreementsPage() {
  const { t } = useTranslation();
  usePageTitle(t('agreements.title'));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('agreements.title')}</Title>
        <NewAgreementButton />
      </Group>
      <Text c="dimmed">{t('agreements.intro')}</Text>
      <AgreementList />
    </Stack>
  );
}
