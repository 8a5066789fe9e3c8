import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  hash: string;
  /** What screen readers hear, with the hash in full: "SHA-256 9f86d0…". */
  label: string;
}

/** A SHA-256 shortened, in full on hover or focus, with a button that copies it. */
export function HashCode({ hash, label }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" component="span">
      <Tooltip label={hash} multiline maw={320} style={{ overflowWrap: 'anywhere' }}>
        <Code tabIndex={0} aria-label={label}>
          {/* the first characters tell files and versions apart at a glance */}
          {hash.slice(0, 12)}…
        </Code>
      </Tooltip>
      <CopyButton value={hash}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.hash.copied') : t('common.hash.copy')}>
            <ActionIcon
              variant="subtle"
              size="sm"
              color={copied ? 'teal' : 'gray'}
              aria-label={t('common.hash.copy')}
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
