import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page, then the product. */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
}
