import { Paper, SimpleGrid, Text, type SimpleGridProps } from '@mantine/core';
import { formatNumber, useLanguage } from '../../i18n';

interface Props {
  label: string;
  counts: { key: string; label: string; value: number }[];
  cols: SimpleGridProps['cols'];
}

/** Counts as a labelled list of tiles, each a name and its number. */
export function CountGrid({ label, counts, cols }: Props) {
  const language = useLanguage();
  return (
    <SimpleGrid cols={cols} component="dl" aria-label={label} m={0}>
      {counts.map((count) => (
        <Paper key={count.key} withBorder p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {count.label}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl">
            {formatNumber(count.value, language)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
