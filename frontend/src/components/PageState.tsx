import { Alert, Button, EmptyState, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  kind: 'loading' | 'empty' | 'error' | 'info';
  title?: string;
  description?: string;
  /** A button or link offered below the message. */
  action?: ReactNode;
  /** For errors: offers a retry button that calls this. */
  onRetry?: () => void;
  /** The state stands for the whole page, which has no heading of its own: its title is the h1. */
  asPage?: boolean;
}

/** The loading, empty, error and informational states every page shows instead of its content. */
export function PageState({ kind, title, description, action, onRetry, asPage = false }: Props) {
  const { t } = useTranslation();

  if (kind === 'loading') {
    return (
      <Stack gap="sm" role="status" aria-live="polite" data-testid="page-loading">
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        {[0, 1, 2, 3, 4].map((row) => (
          <Skeleton key={row} height={36} radius="sm" />
        ))}
      </Stack>
    );
  }

  if (kind === 'error') {
    const errorTitle = title ?? t('common.errorTitle');
    return (
      <Alert
        role="alert"
        color="red"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={
          asPage ? (
            <Text component="h1" inherit m={0}>
              {errorTitle}
            </Text>
          ) : (
            errorTitle
          )
        }
      >
        <Stack gap="sm" align="flex-start">
          {description ?? t('common.errorDescription')}
          {onRetry && (
            <Button variant="default" size="xs" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
          {action}
        </Stack>
      </Alert>
    );
  }

  return (
    <EmptyState
      py="xl"
      role="status"
      icon={kind === 'empty' ? <IconSearch aria-hidden /> : <IconInfoCircle aria-hidden />}
      withIndicatorBackground
    >
      {title && <EmptyState.Title order={asPage ? 1 : undefined}>{title}</EmptyState.Title>}
      {description && <EmptyState.Description>{description}</EmptyState.Description>}
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
