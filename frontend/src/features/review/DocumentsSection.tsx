import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconEye } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n';
import { DetailSection } from '../../components/DetailSection';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import type { ReviewDocument } from './api';
import { HashCode } from '../../components/HashCode';
import { saveBlob } from '../../components/saveBlob';
import { formatFileSize } from '../../i18n';
import { PreviewModal, type Preview } from './PreviewModal';

interface Props {
  documents: ReviewDocument[];
  /** The content from the endpoint the reader may use: inline for a preview, else to save. */
  fetchDocument: (document: ReviewDocument, inline: boolean) => Promise<Blob>;
  /** Upload times are shown in it; the user's own zone when left out. */
  timeZone?: string;
}

type Busy = { id: string; kind: 'download' | 'preview' } | null;

function useColumns(timeZone: string | undefined): Column<ReviewDocument>[] {
  const { t, i18n } = useTranslation();
  return [
    {
      key: 'file',
      header: t('review.documents.file'),
      render: (document) => (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {document.fileName}
        </Text>
      ),
    },
    {
      key: 'size',
      header: t('review.documents.size'),
      render: (document) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatFileSize(document.sizeBytes, t, i18n.language)}
        </Text>
      ),
    },
    {
      key: 'hash',
      header: t('review.documents.hash'),
      render: (document) => (
        <HashCode
          hash={document.sha256}
          label={t('review.documents.hashFull', { hash: document.sha256 })}
        />
      ),
    },
    {
      key: 'uploadedAt',
      header: t('review.documents.uploadedAt'),
      render: (document) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(document.uploadedAt, timeZone)}
        </Text>
      ),
    },
  ];
}

/** The uploaded files, each to download or to preview in the page, fetched with the token. */
export function DocumentsSection({ documents, fetchDocument, timeZone }: Props) {
  const { t } = useTranslation();
  const columns = useColumns(timeZone);
  const [busy, setBusy] = useState<Busy>(null);
  const [failed, setFailed] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const shown = useRef<string | null>(null);

  // A preview left open when the page goes away still gives its memory back.
  useEffect(
    () => () => {
      if (shown.current) URL.revokeObjectURL(shown.current);
    },
    [],
  );

  const isBusy = (document: ReviewDocument, kind: 'download' | 'preview') =>
    busy?.id === document.id && busy.kind === kind;

  const typeName = (document: ReviewDocument) =>
    document.type === 'OTHER' && document.otherLabel
      ? document.otherLabel
      : t(`documentTypes.${document.type}`);

  const run = async (document: ReviewDocument, kind: 'download' | 'preview') => {
    setBusy({ id: document.id, kind });
    setFailed(false);
    try {
      const blob = await fetchDocument(document, kind === 'preview');
      if (kind === 'download') {
        saveBlob(blob, document.fileName);
      } else {
        const url = URL.createObjectURL(blob);
        shown.current = url;
        setPreview({ document, url });
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  const close = () => {
    if (preview) URL.revokeObjectURL(preview.url);
    shown.current = null;
    setPreview(null);
  };

  return (
    <DetailSection title={t('review.documents.title')}>
      {failed && (
        <Alert
          role="alert"
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          withCloseButton
          closeButtonLabel={t('review.documents.dismiss')}
          onClose={() => setFailed(false)}
        >
          {t('review.documents.failed')}
        </Alert>
      )}
      {documents.length === 0 ? (
        <Text c="dimmed">{t('review.documents.none')}</Text>
      ) : (
        <ResponsiveTable
          label={t('review.documents.title')}
          items={documents}
          keyOf={(document) => document.id}
          primary={{
            key: 'type',
            header: t('review.documents.type'),
            render: (document) => (
              <Text size="sm" fw={500}>
                {typeName(document)}
              </Text>
            ),
          }}
          columns={columns}
          minWidth={820}
          actions={{
            header: t('review.documents.actions'),
            render: (document) => (
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconEye size={14} aria-hidden />}
                  aria-label={t('review.documents.previewOf', { name: document.fileName })}
                  loading={isBusy(document, 'preview')}
                  disabled={busy !== null && !isBusy(document, 'preview')}
                  onClick={() => void run(document, 'preview')}
                >
                  {t('review.documents.preview')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconDownload size={14} aria-hidden />}
                  aria-label={t('review.documents.downloadOf', { name: document.fileName })}
                  loading={isBusy(document, 'download')}
                  disabled={busy !== null && !isBusy(document, 'download')}
                  onClick={() => void run(document, 'download')}
                >
                  {t('review.documents.download')}
                </Button>
              </Group>
            ),
          }}
        />
      )}
      <PreviewModal preview={preview} onClose={close} />
    </DetailSection>
  );
}
