import { Box, Group, Pagination, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** "Agreements found: 9" */
  totalText: string;
  total: number;
  pageSize: number;
  /** 1-based, as shown. */
  page: number;
  onPage: (page: number) => void;
  /** The previous page stays on screen, dimmed, while the next one loads. */
  stale: boolean;
  busy: boolean;
  children: ReactNode;
}

/** One page of a list with its count and, when there are several, the page links. */
export function PagedResults({
  totalText,
  total,
  pageSize,
  page,
  onPage,
  stale,
  busy,
  children,
}: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
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
