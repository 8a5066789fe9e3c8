import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, EligibilityDecision } from './api';

const STATUS_COLORS: Record<ApplicationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  WITHDRAWN: 'dark',
};

const ELIGIBILITY_COLORS: Record<EligibilityDecision, string> = {
  PENDING: 'yellow',
  ELIGIBLE: 'teal',
  INELIGIBLE: 'red',
};

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" miw="max-content">
      {t(`review.status.${status}`)}
    </Badge>
  );
}

export function EligibilityBadge({ eligibility }: { eligibility: EligibilityDecision }) {
  const { t } = useTranslation();
  return (
    <Badge color={ELIGIBILITY_COLORS[eligibility]} variant="outline" miw="max-content">
      {t(`review.eligibility.${eligibility}`)}
    </Badge>
  );
}

/** Where an application stands: submitted or withdrawn, and the eligibility decision. */
export function ApplicationBadges(props: {
  status: ApplicationStatus;
  eligibility: EligibilityDecision;
}) {
  return (
    <Group gap={4}>
      <StatusBadge status={props.status} />
      <EligibilityBadge eligibility={props.eligibility} />
    </Group>
  );
}
