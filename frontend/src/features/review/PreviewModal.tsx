import { Box, Image, Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { ReviewDocument } from './api';

export interface Preview {
  document: ReviewDocument;
  /** An object URL of the content, typed as stored; revoked when the preview closes. */
  url: string;
}

interface Props {
  preview: Preview | null;
  onClose: () => void;
}

/** A PDF or an image shown in the page; full screen on a phone. */
export function PreviewModal({ preview, onClose }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const name = preview?.document.fileName ?? '';
  const title = t('review.documents.previewTitle', { name });
  return (
    <Modal
      opened={preview !== null}
      onClose={onClose}
      title={title}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('review.documents.close') }}
      styles={{ title: { overflowWrap: 'anywhere' } }}
    >
      {preview &&
        (preview.document.contentType === 'application/pdf' ? (
          // Not sandboxed: Chrome refuses to show a PDF in a sandboxed frame. The blob carries the
          // stored type, so the browser's PDF viewer renders it; it never runs as a page.
          <Box
            component="iframe"
            title={title}
            src={preview.url}
            w="100%"
            h={phone ? 'calc(100dvh - 90px)' : '75vh'}
            style={{ border: 0, display: 'block' }}
          />
        ) : (
          <Image src={preview.url} alt={title} fit="contain" mah={phone ? undefined : '75vh'} />
        ))}
    </Modal>
  );
}
