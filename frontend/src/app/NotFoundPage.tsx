import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageState } from '../components/PageState';
import { usePageTitle } from '../components/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('common.notFoundTitle'));
  return (
    <PageState
      kind="info"
      asPage
      title={t('common.notFoundTitle')}
      description={t('common.notFoundDescription')}
      action={
        <Button component={Link} to="/">
          {t('common.backHome')}
        </Button>
      }
    />
  );
}
