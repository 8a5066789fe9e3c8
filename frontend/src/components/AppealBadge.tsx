import { Badge } from '@mantine/core';
import type { Schemas } from '../api/client';

const COLOR = { WAITING: 'blue', UPHELD: 'teal', REJECTED: 'gray' } as const;

/** Where an appeal stands: waiting for its answer (no decision yet), upheld or rejected. */
export function AppealBadge({
  decision,
  label,
}: {
  decision: Schemas['Appeal']['decision'];
  label: string;
}) {
  return (
    <Badge color={COLOR[decision ?? 'WAITING']} variant="light">
      {label}
    </Badge>
  );
}
