import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, EligibilityDecision } from './api';

const STATUS_COLORS: Record<ApplicationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'teal',
  WITHDRAWN: 'orange',
};

const ELIGIBILITY_COLORS: Record<EligibilityDecision, string> = {
  PENDING: 'gray',
  ELIGIBLE: 'teal',
  INELIGIBLE: 'red',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`applications.status.${status}`)}
    </Badge>
  );
}

/** The coordinator's eligibility decision; nothing while it is pending. */
export function EligibilityBadge({ eligibility }: { eligibility: EligibilityDecision }) {
  const { t } = useTranslation();
  if (eligibility === 'PENDING') return null;
  return (
    <Badge color={ELIGIBILITY_COLORS[eligibility]} variant="outline" style={{ flexShrink: 0 }}>
      {t(`applications.eligibility.${eligibility}`)}
    </Badge>
  );
}
