import dayjs from 'dayjs';
import type { Agreement, LifecycleAction } from './api';

/**
 * Which lifecycle actions the state allows (the API's AgreementLifecycle): an agreement in force (or expired) being
 * amended is signed or withdrawn through its amendment; it is terminated only in force and without an amendment.
 */
export function allowedActions(
  agreement: Agreement,
): Record<LifecycleAction['kind'] | 'edit', boolean> {
  const { status, amendment } = agreement;
  const negotiating = amendment ? amendment.status : status;
  return {
    edit: status !== 'TERMINATED',
    sign: negotiating === 'DRAFT' || negotiating === 'DECLINED_BY_PARTNER',
    terminate: status === 'IN_FORCE' && !amendment,
    restore: Boolean(amendment),
  };
}

/** Whether both sides approved the agreement's conditions at some point (in force, expired or terminated). */
export function wasApproved(agreement: Pick<Agreement, 'status'>): boolean {
  return (
    agreement.status === 'IN_FORCE' ||
    agreement.status === 'EXPIRED' ||
    agreement.status === 'TERMINATED'
  );
}

/**
 * The earliest termination date with one academic year's notice: the end of the academic year
 * after the current one (academic years end on 31 August).
 */
export function earliestTermination(today = dayjs()): string {
  const currentEnds = today.month() >= 8 ? today.year() + 1 : today.year();
  return `${currentEnds + 1}-08-31`;
}
