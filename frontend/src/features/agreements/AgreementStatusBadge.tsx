import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus, AmendmentStatus } from './api';
import { useAgreementText } from './text';

const STATUS_COLORS: Record<AgreementStatus, string> = {
  DRAFT: 'gray',
  SIGNED_BY_HOME: 'blue',
  DECLINED_BY_PARTNER: 'red',
  IN_FORCE: 'teal',
  EXPIRED: 'yellow',
  TERMINATED: 'dark',
};

const AMENDMENT_COLORS: Record<AmendmentStatus, string> = {
  DRAFT: 'gray',
  SIGNED_BY_HOME: 'blue',
  DECLINED_BY_PARTNER: 'red',
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { status: name } = useAgreementText();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" miw="max-content">
      {name(status)}
    </Badge>
  );
}

/** "Amendment: draft (version 3)" beside the status of an agreement in force being amended. */
export function AmendmentBadge({
  amendment,
}: {
  amendment: { status: AmendmentStatus; conditionsNumber: number };
}) {
  const { amendment: text } = useAgreementText();
  return (
    <Badge
      color={AMENDMENT_COLORS[amendment.status]}
      variant="outline"
      miw="max-content"
      style={{ textTransform: 'none' }}
    >
      {text(amendment)}
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
