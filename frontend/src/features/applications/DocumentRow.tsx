import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
} from '@mantine/core';
import { IconDownload, IconEye, IconTrash, IconUpload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime, formatFileSize } from '../../i18n';
import { deleteDocument, type MyApplicationDocument } from './api';
import { HashCode } from '../../components/HashCode';
import { openDocument } from './openDocument';
import { documentSectionId } from './sections';
import { FORMAT_FILES, useApplicationText } from './text';
import { uploadDocument, UploadAborted } from './upload';

type Requirement = Schemas['CallRequiredDocument'];

interface Props {
  applicationId: string;
  requirement: Requirement;
  index: number;
  document?: MyApplicationDocument;
  editable: boolean;
  /** The documents changed: read the application again. */
  onChanged: () => Promise<unknown>;
}

function extensionOf(name: string) {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** One document the call asks for: what is accepted, the uploaded file, and its actions. */
export function DocumentRow({
  applicationId,
  requirement,
  index,
  document,
  editable,
  onChanged,
}: Props) {
  const { t } = useTranslation();
  const text = useApplicationText();
  const [progress, setProgress] = useState<number | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const resetRef = useRef<() => void>(null);
  const uploadButton = useRef<HTMLButtonElement>(null);
  // After an upload or a deletion the focus returns to the upload button, once it is enabled again.
  const refocus = useRef(false);
  const uploading = progress !== undefined;

  useEffect(() => {
    if (uploading || deleting || !refocus.current) return;
    refocus.current = false;
    uploadButton.current?.focus();
  }, [uploading, deleting, document]);

  const name = text.documentName(requirement.type, requirement.label);
  const formats = requirement.formats.join(', ');
  const maxSize = formatFileSize(requirement.maxSizeBytes, t, text.language);
  const accept = requirement.formats
    .flatMap((format) => [
      FORMAT_FILES[format].mime,
      ...FORMAT_FILES[format].extensions.map((e) => `.${e}`),
    ])
    .join(',');
  const id = documentSectionId(index);

  const refusal = (problem: unknown): string => {
    if (!(problem instanceof ApiProblem)) return t('common.errorDescription');
    if (problem.status === 413) return t('applications.documents.tooLarge', { max: maxSize });
    if (problem.status === 415) return t('applications.documents.wrongFormat', { formats });
    if (problem.status === 422 && problem.errors.length > 0) {
      return problem.errors.map((entry) => text.problem(entry)).join('; ');
    }
    if (problem.status === 409 || problem.status === 422) return problem.detail ?? problem.message;
    return t('common.errorDescription');
  };

  const upload = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    setError(undefined);
    // Quick answers on this side; the server checks again, by the content.
    if (file.size === 0) return setError(t('applications.documents.empty'));
    if (file.size > requirement.maxSizeBytes) {
      return setError(
        t('applications.documents.tooLargeLocal', {
          size: formatFileSize(file.size, t, text.language),
          max: maxSize,
        }),
      );
    }
    const allowed = requirement.formats.flatMap((format) => FORMAT_FILES[format].extensions);
    if (!allowed.includes(extensionOf(file.name))) {
      return setError(t('applications.documents.wrongFormat', { formats }));
    }
    setProgress(0);
    try {
      await uploadDocument({
        applicationId,
        file,
        type: requirement.type,
        otherLabel: requirement.type === 'OTHER' ? requirement.label?.en : undefined,
        onProgress: setProgress,
      });
      await onChanged();
    } catch (problem) {
      if (!(problem instanceof UploadAborted)) setError(refusal(problem));
    } finally {
      refocus.current = true;
      setProgress(undefined);
    }
  };

  const remove = async () => {
    if (!document) return;
    setDeleting(true);
    setError(undefined);
    try {
      await deleteDocument(applicationId, document.id);
      await onChanged();
    } catch (problem) {
      setError(refusal(problem));
    } finally {
      refocus.current = true;
      setDeleting(false);
      setConfirming(false);
    }
  };

  const show = (mode: 'preview' | 'download') => {
    if (!document) return;
    setError(undefined);
    openDocument(applicationId, document, mode).catch(() =>
      setError(t('applications.documents.openFailed')),
    );
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-name`}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text fw={500} id={`${id}-name`}>
            {name}
          </Text>
          <Badge
            size="sm"
            variant={requirement.mandatory ? 'light' : 'outline'}
            color={requirement.mandatory ? 'red' : 'gray'}
          >
            {requirement.mandatory
              ? t('applications.documents.mandatory')
              : t('applications.documents.optional')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('applications.documents.accepted', { formats, max: maxSize })}
        </Text>

        {document ? (
          <Stack gap={4}>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {document.fileName} · {formatFileSize(document.sizeBytes, t, text.language)}
            </Text>
            <Group gap="xs" wrap="wrap">
              <Text size="xs" c="dimmed">
                {t('applications.documents.uploadedAt', {
                  time: formatDateTime(document.uploadedAt),
                })}
              </Text>
              <Text size="xs" c="dimmed" component="span">
                SHA-256
              </Text>
              <HashCode
                hash={document.sha256}
                label={t('applications.documents.hashFull', { hash: document.sha256 })}
              />
            </Group>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('applications.documents.notUploaded')}
          </Text>
        )}

        {uploading && (
          <Progress
            value={Math.round(progress * 100)}
            aria-label={t('applications.documents.progress', { name })}
            animated
          />
        )}
        {uploading && (
          <Text size="xs" role="status">
            {t('applications.documents.uploading', { percent: Math.round(progress * 100) })}
          </Text>
        )}
        {error && (
          <Alert color="red" p="xs" role="alert">
            {error}
          </Alert>
        )}

        <Group gap="xs" wrap="wrap">
          {editable && (
            <FileButton
              onChange={(file) => void upload(file)}
              accept={accept}
              resetRef={resetRef}
              disabled={uploading}
              inputProps={{ 'aria-label': name }}
            >
              {(props) => (
                <Button
                  {...props}
                  ref={uploadButton}
                  size="sm"
                  variant={document ? 'default' : 'filled'}
                  leftSection={<IconUpload size={16} aria-hidden />}
                  loading={uploading}
                  aria-label={
                    document
                      ? t('applications.documents.replaceNamed', { name })
                      : t('applications.documents.uploadNamed', { name })
                  }
                >
                  {document
                    ? t('applications.documents.replace')
                    : t('applications.documents.upload')}
                </Button>
              )}
            </FileButton>
          )}
          {document && (
            <>
              <Button
                size="sm"
                variant="default"
                leftSection={<IconEye size={16} aria-hidden />}
                onClick={() => show('preview')}
                aria-label={t('applications.documents.previewNamed', { name })}
              >
                {t('applications.documents.preview')}
              </Button>
              <Button
                size="sm"
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => show('download')}
                aria-label={t('applications.documents.downloadNamed', { name })}
              >
                {t('applications.documents.download')}
              </Button>
              {editable && (
                <Button
                  size="sm"
                  variant="default"
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => setConfirming(true)}
                  aria-label={t('applications.documents.deleteNamed', { name })}
                >
                  {t('applications.documents.delete')}
                </Button>
              )}
            </>
          )}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('applications.documents.deleteTitle')}
        message={t('applications.documents.deleteMessage', {
          file: document?.fileName ?? '',
          name,
        })}
        confirmLabel={t('applications.documents.delete')}
        danger
        loading={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </Paper>
  );
}
