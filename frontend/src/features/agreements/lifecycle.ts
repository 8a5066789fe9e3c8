import dayjs from 'dayjs';
import type { Agreement, LifecycleAction } from './api';

/** Which lifecycle actions the status allows (the API's AgreementLifecycle). */
export function allowedActions(
  agreement: Agreement,
): Record<LifecycleAction['kind'] | 'edit', boolean> {
  const { status, approvedNumber, conditionsNumber } = agreement;
  return {
    edit: status !== 'TERMINATED',
    sign: status === 'DRAFT' || status === 'DECLINED_BY_PARTNER',
    terminate: status === 'IN_FORCE',
    restore:
      status !== 'IN_FORCE' &&
      status !== 'TERMINATED' &&
      approvedNumber !== undefined &&
      approvedNumber !== conditionsNumber,
  };
}

/**
 * The earliest termination date with one academic year's notice: the end of the academic year
 * after the current one (academic years end on 31 August).
 */
export function earliestTermination(today = dayjs()): string {
  const currentEnds = today.month() >= 8 ? today.year() + 1 : today.year();
  return `${currentEnds + 1}-08-31`;
}
