import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from './api';
import { useAgreementText } from './text';

const STATUS_COLORS: Record<AgreementStatus, string> = {
  DRAFT: 'gray',
  SIGNED_BY_HOME: 'blue',
  DECLINED_BY_PARTNER: 'red',
  IN_FORCE: 'teal',
  TERMINATED: 'dark',
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { status: name } = useAgreementText();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" miw="max-content">
      {name(status)}
    </Badge>
  );
}

/** Marks an agreement that ends within the next twelve months. */
export function ExpiringBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="outline" miw="max-content">
      {t('agreements.expiring')}
    </Badge>
  );
}
