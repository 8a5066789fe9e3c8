import { Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import { useAgreementList } from '../agreements/api';
import { AgreementPartnerLink } from '../agreements/AgreementPartnerLink';
import { AgreementStatusBadge } from '../agreements/AgreementStatusBadge';

/** The agreements that name this project among their funding, each linking to its detail. */
export function FundedAgreements({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const query = useAgreementList({ projectId, size: 100, sort: 'lastAcademicYear' });

  if (query.isPending) return <PageState kind="loading" />;
  if (query.isError) return <PageState kind="error" onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0)
    return <Text c="dimmed">{t('projects.detail.noAgreements')}</Text>;
  return (
    <List spacing="xs" aria-label={t('projects.detail.agreements')}>
      {query.data.items.map((agreement) => (
        <List.Item key={agreement.id}>
          <Group gap="xs" wrap="wrap">
            <AgreementPartnerLink agreement={agreement} />
            <Text span size="sm">
              {agreement.firstAcademicYear} – {agreement.lastAcademicYear}
            </Text>
            <AgreementStatusBadge status={agreement.status} />
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
