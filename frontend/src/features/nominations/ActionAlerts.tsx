import { useTranslation } from 'react-i18next';
import { FormAlerts } from '../../components/FormAlerts';
import type { useActionRefusal } from './useActionRefusal';

interface Props {
  refusal: ReturnType<typeof useActionRefusal>;
  reloading: boolean;
  onReload: () => void;
}

/** What a nomination dialog shows above its fields when the action was refused. */
export function ActionAlerts({ refusal, reloading, onReload }: Props) {
  const { t } = useTranslation();
  return (
    <FormAlerts
      stale={
        refusal.stale
          ? {
              title: t('nominations.stale.title'),
              message: t('nominations.stale.message'),
              reloadLabel: t('nominations.stale.reload'),
              reloading,
              onReload: () => {
                refusal.clear();
                onReload();
              },
            }
          : undefined
      }
      otherErrors={refusal.messages}
      otherErrorsTitle={t('nominations.refused')}
    />
  );
}
