import {
  Anchor,
  Badge,
  Card,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageState } from '../../components/PageState';

interface Props<T> {
  title: string;
  query: UseQueryResult<T>;
  /** How many items the card speaks of, once loaded. */
  count: (data: T) => number;
  emptyText: string;
  seeAll: { to: string; label: string };
  /** The first few items; called only when there is at least one. */
  children: (data: T) => ReactNode;
}

/** A home page card: how many items wait, the first few, and a link to all of them. */
export function DigestCard<T>({ title, query, count, emptyText, seeAll, children }: Props<T>) {
  const { t } = useTranslation();
  const titleId = useId();

  let content;
  if (query.isPending)
    content = (
      <Stack gap="xs" role="status" aria-live="polite">
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        {Array.from({ length: 3 }, (_, row) => (
          <Skeleton key={row} height={32} radius="sm" />
        ))}
      </Stack>
    );
  else if (query.isError) content = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (count(query.data) === 0) content = <Text c="dimmed">{emptyText}</Text>;
  else content = children(query.data);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          {query.isSuccess && (
            <>
              <Badge size="lg" variant="light" aria-hidden>
                {count(query.data)}
              </Badge>
              <VisuallyHidden>{t('dashboard.count', { count: count(query.data) })}</VisuallyHidden>
            </>
          )}
        </Group>
        {content}
        <Anchor component={Link} to={seeAll.to} size="sm" mt="auto">
          {seeAll.label}
        </Anchor>
      </Stack>
    </Card>
  );
}
