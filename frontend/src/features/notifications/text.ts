import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { NOTIFICATION_TYPES, type NotificationType } from './api';

function isKnownType(type: string): type is NotificationType {
  return NOTIFICATION_TYPES.some((known) => known === type);
}

/** Names of notification types in the interface language, and the texts of refused calls. */
export function useNotificationText() {
  const { t } = useTranslation();
  return {
    /** "Agreement signed" for agreement.sign; a type this version does not know stays as sent. */
    type: (type: string) => (isKnownType(type) ? t(`notifications.type.${type}`) : type),
    /** What the server said went wrong, or a general message when it could not be reached. */
    problem: (error: Error) =>
      error instanceof ApiProblem ? (error.detail ?? error.message) : t('common.errorDescription'),
  };
}
