import { Button } from '@mantine/core';
import { IconFiles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way from a call to its submitted applications, for the call's page to embed. */
export function ApplicationsLink({ callId }: { callId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/manage/calls/${callId}/applications`}
      variant="default"
      leftSection={<IconFiles size={16} aria-hidden />}
    >
      {t('review.link')}
    </Button>
  );
}
