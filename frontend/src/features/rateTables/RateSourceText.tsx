import { Text } from '@mantine/core';
import { useGrantText } from '../grants/text';
import type { RateValue } from './api';

/** Where a value comes from, in the interface language, with the administrator's note as written. */
export function RateSourceText({
  source,
  size = 'sm',
}: {
  source: RateValue['source'];
  size?: 'xs' | 'sm';
}) {
  const grantText = useGrantText();
  return (
    <Text size={size} c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {grantText.source(source.kind, source.edition)}
      {source.note && (
        <Text component="span" display="block" size={size} c="var(--mantine-color-text)">
          {source.note}
        </Text>
      )}
    </Text>
  );
}
