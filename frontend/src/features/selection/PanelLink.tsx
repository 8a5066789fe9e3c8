import { Button } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way from a call to its evaluation panel, for the call's page to embed. */
export function PanelLink({ callId }: { callId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/manage/calls/${callId}/panel`}
      variant="default"
      leftSection={<IconUsersGroup size={16} aria-hidden />}
    >
      {t('selection.panel.title')}
    </Button>
  );
}
