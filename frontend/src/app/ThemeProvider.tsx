import { MantineProvider } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createAppTheme, cssVariablesResolver } from './theme';

/** Mantine with the app's theme, whose labels follow the interface language. */
export function ThemeProvider({ children, env }: { children: ReactNode; env?: 'test' }) {
  const { t } = useTranslation();
  const closeLabel = t('theme.closeNotification');
  const theme = useMemo(() => createAppTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env={env}>
      {children}
    </MantineProvider>
  );
}
