import {
  Anchor,
  Badge,
  Card,
  Group,
  List,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageState } from '../../components/PageState';
import { AgreementPartnerLink } from '../agreements/AgreementPartnerLink';
import { useAgreementDigest, type AgreementListQuery, type AgreementSummary } from './api';

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
  const titleId = useId();
  const digest = useAgreementDigest(query);

  let content;
  if (digest.isPending)
    content = (
      <Stack gap="xs" role="status" aria-live="polite">
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        {Array.from({ length: 3 }, (_, row) => (
          <Skeleton key={row} height={32} radius="sm" />
        ))}
      </Stack>
    );
  else if (digest.isError)
    content = <PageState kind="error" onRetry={() => void digest.refetch()} />;
  else if (digest.data.items.length === 0) content = <Text c="dimmed">{emptyText}</Text>;
  else
    content = (
      <List listStyleType="none" spacing="xs">
        {digest.data.items.map((agreement) => (
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
    );

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          {digest.isSuccess && (
            <>
              <Badge size="lg" variant="light" aria-hidden>
                {digest.data.total}
              </Badge>
              <VisuallyHidden>{t('dashboard.count', { count: digest.data.total })}</VisuallyHidden>
            </>
          )}
        </Group>
        {content}
        <Anchor component={Link} to={seeAllHref(query)} size="sm" mt="auto">
          {seeAllLabel}
        </Anchor>
      </Stack>
    </Card>
  );
}
