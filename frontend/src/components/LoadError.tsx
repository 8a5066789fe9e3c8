import { ApiProblem } from '../api/problem';
import { PageState } from './PageState';

interface Props {
  error: Error;
  /** What to say when the thing does not exist (404). */
  notFound: string;
  onRetry: () => void;
  /** The page has no heading of its own until the thing is loaded. */
  asPage?: boolean;
}

/** Something that could not be loaded: unknown, or the server failed. */
export function LoadError({ error, notFound, onRetry, asPage }: Props) {
  if (error instanceof ApiProblem && error.status === 404) {
    return <PageState kind="info" title={notFound} asPage={asPage} />;
  }
  return <PageState kind="error" onRetry={onRetry} asPage={asPage} />;
}
