import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconLink } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const CONFIRMATION_MS = 3000;

/** Copies the canonical address of a page, and says so. */
export function CopyLinkButton({ path }: { path: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}${path}`;

  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      notifications.show({ color: 'teal', message: t('calls.share.copied') });
    } catch {
      notifications.show({ color: 'orange', message: t('calls.share.failed', { url }) });
    }
  };

  return (
    <Button
      variant="default"
      leftSection={
        copied ? <IconCheck size={16} aria-hidden /> : <IconLink size={16} aria-hidden />
      }
      onClick={() => void copy()}
    >
      {copied ? t('calls.share.copiedShort') : t('calls.share.copy')}
    </Button>
  );
}
