import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function BackToList() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/manage/projects" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('projects.title')}
      </Group>
    </Anchor>
  );
}
