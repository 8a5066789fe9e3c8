import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from './api';

const STATUS_COLORS: Record<ProjectStatus, string> = {
  PLANNED: 'blue',
  ONGOING: 'teal',
  ENDED: 'violet',
  FINAL_REPORT: 'orange',
  CLOSED: 'gray',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      miw="max-content"
      style={{ flexShrink: 0 }}
    >
      {t(`projects.status.${status}`)}
    </Badge>
  );
}
