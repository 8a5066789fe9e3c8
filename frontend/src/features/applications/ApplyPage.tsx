import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { applicationKey, MY_APPLICATIONS_KEY, openApplication } from './api';

type Failure = { kind: 'notFound' } | { kind: 'notOpen'; detail?: string } | { kind: 'error' };

/**
 * /calls/:id/apply — opens the applicant's application for the call, a new draft or the one they
 * have (the API answers both alike), and goes on to it in place of this address.
 */
export function ApplyPage() {
  const { t } = useTranslation();
  usePageTitle(t('applications.apply.title'));
  const { id: callId = '' } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [failure, setFailure] = useState<Failure | undefined>();
  const [attempt, setAttempt] = useState(0);
  const started = useRef<string | undefined>(undefined);

  useEffect(() => {
    const key = `${callId}#${attempt}`;
    if (started.current === key) return;
    started.current = key;
    openApplication(callId)
      .then((application) => {
        client.setQueryData(applicationKey(application.id), application);
        void client.invalidateQueries({ queryKey: MY_APPLICATIONS_KEY, exact: true });
        void navigate(`/me/applications/${application.id}`, { replace: true });
      })
      .catch((error: unknown) => {
        if (error instanceof ApiProblem && (error.status === 404 || error.status === 400)) {
          setFailure({ kind: 'notFound' });
        } else if (error instanceof ApiProblem && error.status === 409) {
          setFailure({ kind: 'notOpen', detail: error.detail });
        } else setFailure({ kind: 'error' });
      });
  }, [callId, attempt, client, navigate]);

  const toCalls = (
    <Button component={Link} to="/calls" variant="default">
      {t('applications.apply.toCalls')}
    </Button>
  );

  if (!failure) return <PageState kind="loading" />;
  if (failure.kind === 'notFound')
    return (
      <PageState
        kind="info"
        title={t('applications.apply.notFoundTitle')}
        description={t('applications.apply.notFoundDescription')}
        action={toCalls}
      />
    );
  if (failure.kind === 'notOpen')
    return (
      <PageState
        kind="info"
        title={t('applications.apply.notOpenTitle')}
        description={failure.detail ?? t('applications.apply.notOpenDescription')}
        action={toCalls}
      />
    );
  return (
    <PageState
      kind="error"
      onRetry={() => {
        setFailure(undefined);
        setAttempt((count) => count + 1);
      }}
    />
  );
}
