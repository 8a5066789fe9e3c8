import { tartu } from '../../test/data';
import type { Notification } from './api';

export const agreementId = '0b7f3c8e-5d2a-4e61-9c4f-7a1b2c3d4e5f';

export const failed: Notification = {
  id: '5b0e8f6c-3c1d-4f8e-9d57-2f1a0c7e9b11',
  institutionId: tartu.id,
  type: 'agreement.sign',
  subjectId: agreementId,
  status: 'FAILED',
  attempts: 8,
  createdAt: '2026-11-20T10:15:00Z',
  lastAttemptAt: '2026-11-20T14:30:00Z',
  lastError: 'HTTP 503',
};

export const delivered: Notification = {
  id: '7c2d9a41-1e3b-4b5a-8f6e-0d9c8b7a6f51',
  institutionId: tartu.id,
  type: 'agreement.approve',
  subjectId: agreementId,
  status: 'DELIVERED',
  attempts: 1,
  createdAt: '2026-11-21T09:00:00Z',
  lastAttemptAt: '2026-11-21T09:00:01Z',
  deliveredAt: '2026-11-21T09:00:01Z',
};

export function notificationPage(items: Notification[], total = items.length) {
  return { items, page: 0, size: 20, total };
}
