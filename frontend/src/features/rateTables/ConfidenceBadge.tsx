import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Confidence } from './api';

const COLORS: Record<Confidence, string> = {
  CONFIRMED: 'teal',
  PROBABLE: 'yellow',
  UNKNOWN: 'gray',
};

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[confidence]} tt="none" miw="max-content">
      {t(`rateTables.confidence.${confidence}`)}
    </Badge>
  );
}
