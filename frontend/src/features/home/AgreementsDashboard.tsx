import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n';
import { AgreementDigest } from './AgreementDigest';

/** First versions and amendments the partner has to decide on; oldest first: the longest wait matters most. */
const AWAITING = { awaitingPartner: true, sort: 'updatedAt' } as const;
/** Soonest end first. */
const EXPIRING = { expiring: true, sort: 'lastAcademicYear' } as const;

/** What staff should look at among the agreements: side by side, stacked on a phone. */
export function AgreementsDashboard() {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <AgreementDigest
        title={t('dashboard.awaiting.title')}
        query={AWAITING}
        seeAllLabel={t('dashboard.awaiting.seeAll')}
        emptyText={t('dashboard.awaiting.empty')}
        detail={(agreement) => {
          const since = t('dashboard.awaiting.since', {
            date: formatDate(agreement.updatedAt),
          });
          if (!agreement.amendment) return since;
          const amendment = t('agreements.amendment.label', {
            status: t(`agreements.amendment.status.${agreement.amendment.status}`),
            number: agreement.amendment.conditionsNumber,
          });
          return `${amendment} · ${since}`;
        }}
      />
      <AgreementDigest
        title={t('dashboard.expiring.title')}
        query={EXPIRING}
        seeAllLabel={t('dashboard.expiring.seeAll')}
        emptyText={t('dashboard.expiring.empty')}
        detail={(agreement) => t('dashboard.expiring.ends', { date: formatDate(agreement.endsOn) })}
      />
    </SimpleGrid>
  );
}
