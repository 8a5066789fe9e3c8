import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useCall, type Call } from './api';

interface Props {
  id: string;
  /** The page's title, with the call once it is loaded. */
  titleOf: (call?: Call) => string;
  /** The page shows its heading only once the call is loaded (see LoadError). */
  asPage?: boolean;
  children: (call: Call, reload: () => void) => ReactNode;
}

/** The call once loaded, else the loading, not-found or error state; names the tab after it. */
export function CallLoader({ id, titleOf, asPage, children }: Props) {
  const { t } = useTranslation();
  const query = useCall(id);
  usePageTitle(titleOf(query.data));
  if (query.isPending) return <PageState kind="loading" />;
  if (query.isError)
    return (
      <LoadError
        asPage={asPage}
        error={query.error}
        notFound={t('calls.manage.notFound')}
        onRetry={() => void query.refetch()}
      />
    );
  return children(query.data, () => void query.refetch());
}
