import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { PageState } from '../../components/PageState';

/** A partner that could not be loaded: unknown (or hidden), or the server failed. */
export function PartnerLoadError({
  error,
  onRetry,
  asPage,
}: {
  error: Error;
  onRetry: () => void;
  asPage?: boolean;
}) {
  const { t } = useTranslation();
  if (error instanceof ApiProblem && error.status === 404) {
    return <PageState kind="info" title={t('partners.detail.notFound')} asPage={asPage} />;
  }
  return <PageState kind="error" onRetry={onRetry} asPage={asPage} />;
}
