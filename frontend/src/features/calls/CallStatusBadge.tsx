import { Badge } from '@mantine/core';
import type { CallStatus } from './api';
import { useCallText } from './text';

const STATUS_COLORS: Record<CallStatus, string> = {
  DRAFT: 'gray',
  PUBLISHED: 'teal',
  CLOSED: 'dark',
};

export function CallStatusBadge({ status }: { status: CallStatus }) {
  const { status: name } = useCallText();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" miw="max-content">
      {name(status)}
    </Badge>
  );
}
