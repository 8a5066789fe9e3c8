import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useAgreement, type Agreement } from './api';

interface Props {
  id: string;
  /** The page's title, with the agreement once it is loaded. */
  titleOf: (agreement?: Agreement) => string;
  /** The page shows its heading only once the agreement is loaded (see LoadError). */
  asPage?: boolean;
  children: (agreement: Agreement, reload: () => void) => ReactNode;
}

/** The agreement once loaded, else the loading, not-found or error state; names the tab after it. */
export function AgreementLoader({ id, titleOf, asPage, children }: Props) {
  const { t } = useTranslation();
  const query = useAgreement(id);
  usePageTitle(titleOf(query.data));
  if (query.isPending) return <PageState kind="loading" />;
  if (query.isError)
    return (
      <LoadError
        asPage={asPage}
        error={query.error}
        notFound={t('agreements.notFound')}
        onRetry={() => void query.refetch()}
      />
    );
  return children(query.data, () => void query.refetch());
}
