import { List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AgreementPartnerLink } from '../agreements/AgreementPartnerLink';
import { useAgreementDigest, type AgreementListQuery, type AgreementSummary } from './api';
import { DigestCard } from './DigestCard';

interface Props {
  title: string;
  /** The filter of the agreement list; "see all" opens the list with it. */
  query: AgreementListQuery;
  seeAllLabel: string;
  emptyText: string;
  /** The fact shown under the partner's name, e.g. since when it waits. */
  detail: (agreement: AgreementSummary) => ReactNode;
}

function seeAllHref(query: AgreementListQuery): string {
  const search = new URLSearchParams();
  if (query.status) search.set('status', query.status);
  if (query.expiring) search.set('expiring', 'true');
  if (query.awaitingPartner) search.set('awaitingPartner', 'true');
  return `/manage/agreements?${search.toString()}`;
}

/** A dashboard card: how many agreements match, the first few, and a link to all of them. */
export function AgreementDigest({ title, query, seeAllLabel, emptyText, detail }: Props) {
  const { t } = useTranslation();
  return (
    <DigestCard
      title={title}
      query={useAgreementDigest(query)}
      count={(page) => page.total}
      emptyText={emptyText}
      seeAll={{ to: seeAllHref(query), label: seeAllLabel }}
    >
      {(page) => (
        <List listStyleType="none" spacing="xs">
          {page.items.map((agreement) => (
            <List.Item key={agreement.id}>
              <AgreementPartnerLink agreement={agreement} fw={500} size="sm" />
              <Text size="xs" c="dimmed">
                {t('dashboard.years', {
                  first: agreement.firstAcademicYear,
                  last: agreement.lastAcademicYear,
                })}
                {' · '}
                {detail(agreement)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </DigestCard>
  );
}
