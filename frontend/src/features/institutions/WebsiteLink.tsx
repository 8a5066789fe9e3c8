import { Anchor, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An external link, shown without the scheme; anything but http(s) is shown as plain text. */
export function WebsiteLink({ url }: { url?: string | null }) {
  const { t } = useTranslation();
  if (!url) return t('common.none');
  if (!/^https?:\/\//i.test(url)) return url;
  return (
    <Anchor href={url} target="_blank" rel="noopener noreferrer" inherit>
      {url.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
      <VisuallyHidden> {t('common.opensInNewTab')}</VisuallyHidden>
    </Anchor>
  );
}
