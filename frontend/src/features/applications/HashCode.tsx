import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A SHA-256 shortened, in full for screen readers and on focus, with a button that copies it. */
export function HashCode({ hash }: { hash: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" component="span">
      <Tooltip label={hash} multiline maw={320} style={{ overflowWrap: 'anywhere' }}>
        <Code tabIndex={0} aria-label={t('applications.documents.hashFull', { hash })}>
          {hash.slice(0, 12)}…
        </Code>
      </Tooltip>
      <CopyButton value={hash}>
        {({ copied, copy }) => (
          <ActionIcon
            variant="subtle"
            size="sm"
            color={copied ? 'teal' : 'gray'}
            aria-label={
              copied ? t('applications.documents.hashCopied') : t('applications.documents.copyHash')
            }
            onClick={copy}
          >
            {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
          </ActionIcon>
        )}
      </CopyButton>
    </Group>
  );
}
