import { Box, Group, Pagination, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** "Found: 42", announced when it changes. */
  totalText: string;
  pages: number;
  /** 1-based, as shown. */
  page: number;
  onPage: (page: number) => void;
  /** The next page or filter is loading: the shown results are dimmed. */
  stale: boolean;
  busy: boolean;
  children: ReactNode;
}

/** One page of a list, with its total above and the pages below when there are several. */
export function PagedResults({ totalText, pages, page, onPage, stale, busy, children }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {totalText}
      </Text>
      <Box opacity={stale ? 0.6 : 1} aria-busy={busy}>
        {children}
      </Box>
      {pages > 1 && (
        <Group justify="center" component="nav" aria-label={t('common.pagination')}>
          <Pagination total={pages} value={page} onChange={onPage} />
        </Group>
      )}
    </Stack>
  );
}
