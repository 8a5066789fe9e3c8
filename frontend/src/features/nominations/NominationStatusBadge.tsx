import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NominationStatus } from './api';

const COLORS: Record<NominationStatus, string> = {
  NOMINATED: 'blue',
  ACCEPTED: 'teal',
  REJECTED: 'red',
  CANCELLED: 'gray',
};

export function NominationStatusBadge({ status }: { status: NominationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" miw="max-content">
      {t(`nominations.status.${status}`)}
    </Badge>
  );
}
