import { Button } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way from a closed call to its selection screen, for the call's page to embed. */
export function SelectionLink({ callId }: { callId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/manage/calls/${callId}/selection`}
      variant="default"
      leftSection={<IconListCheck size={16} aria-hidden />}
    >
      {t('selection.board.title')}
    </Button>
  );
}
