import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { BackLink } from '../../components/BackLink';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { useConfiguredHome } from '../institutions/api';
import { CallForm } from './CallForm';
import { CallLoader } from './CallLoader';

interface PageProps {
  title: string;
  back: { to: string; label: string };
  children: ReactNode;
}

function Page({ title, back, children }: PageProps) {
  return (
    <Stack maw={1100}>
      <BackLink to={back.to} label={back.label} />
      <Title order={1}>{title}</Title>
      {children}
    </Stack>
  );
}

export function NewCallPage() {
  const { t } = useTranslation();
  usePageTitle(t('calls.newTitle'));
  const home = useConfiguredHome();

  let content;
  if (home.isPending) content = <PageState kind="loading" />;
  else if (home.isError)
    content =
      home.error instanceof ApiProblem && home.error.status === 404 ? (
        <PageState kind="info" title={t('calls.form.noHome')} />
      ) : (
        <PageState kind="error" onRetry={() => void home.refetch()} />
      );
  else content = <CallForm home={{ id: home.data.id, timeZone: home.data.timeZone ?? 'UTC' }} />;
  return (
    <Page
      title={t('calls.newTitle')}
      back={{ to: '/manage/calls', label: t('calls.manage.title') }}
    >
      {content}
    </Page>
  );
}

export function EditCallPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const home = useConfiguredHome();
  return (
    <Page
      title={t('calls.editTitle')}
      back={{ to: `/manage/calls/${id}`, label: t('calls.form.backToCall') }}
    >
      <CallLoader id={id} titleOf={() => t('calls.editTitle')}>
        {(call, reload) =>
          call.status === 'CLOSED' ? (
            <PageState kind="info" title={t('calls.form.closed')} />
          ) : (
            // A new version (after "reload") starts the form afresh from the stored values.
            <CallForm
              key={call.version}
              call={call}
              home={{ id: home.data?.id, timeZone: call.schedule.timeZone }}
              onReload={reload}
            />
          )
        }
      </CallLoader>
    </Page>
  );
}
