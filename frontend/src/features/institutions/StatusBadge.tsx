import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstitutionStatus } from './api';

export function StatusBadge({ status }: { status: InstitutionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'ACTIVE' ? 'teal' : 'gray'} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}
