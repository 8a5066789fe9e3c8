import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from 'react-router';
import { useNameById } from '../reference';
import type { AgreementSummary } from './api';

/** The agreement's partner, named in the interface language, leading to the agreement. */
export function AgreementPartnerLink({
  agreement,
  ...style
}: { agreement: AgreementSummary } & AnchorProps) {
  const nameById = useNameById();
  return (
    <Anchor component={Link} to={`/manage/agreements/${agreement.id}`} {...style}>
      {nameById(agreement.partnerInstitutionId, agreement.partnerName)}
    </Anchor>
  );
}
