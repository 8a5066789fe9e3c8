import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { shortHash } from './text';

/** A SHA-256 shortened, in full on hover or focus, with a button that copies it. */
export function DocumentHash({ hash }: { hash: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" component="span">
      <Tooltip label={hash} multiline maw={320} style={{ overflowWrap: 'anywhere' }}>
        <Code tabIndex={0} aria-label={t('review.documents.hashFull', { hash })}>
          {shortHash(hash)}…
        </Code>
      </Tooltip>
      <CopyButton value={hash}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('review.documents.copied') : t('review.documents.copyHash')}>
            <ActionIcon
              variant="subtle"
              size="sm"
              color={copied ? 'teal' : 'gray'}
              aria-label={t('review.documents.copyHash')}
              onClick={copy}
            >
              {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
