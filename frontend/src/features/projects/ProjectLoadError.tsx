import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { PageState } from '../../components/PageState';

/** A project that could not be loaded: unknown, or the server failed. */
export function ProjectLoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiProblem && error.status === 404) {
    return <PageState kind="info" title={t('projects.notFound')} />;
  }
  return <PageState kind="error" onRetry={onRetry} />;
}
