import { Alert, Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconDownload,
  IconPencil,
  IconSignature,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { fetchAgreementPdf, useLifecycleAction, type Agreement, type LifecycleAction } from './api';
import { useRefusalText } from '../../components/refusalText';
import { readRefusal, type Refusal } from './refusal';
import { SignDialog } from './SignDialog';
import { TerminateDialog } from './TerminateDialog';
import { allowedActions } from './lifecycle';
import { pdfFileName } from './text';
import { saveBlob } from '../../components/saveBlob';

type Dialog = LifecycleAction['kind'];

function PdfButton({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const download = async () => {
    setState('loading');
    try {
      saveBlob(await fetchAgreementPdf(agreement.id), pdfFileName(agreement));
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={state === 'loading'}
        onClick={() => void download()}
      >
        {t('agreements.pdf.download')}
      </Button>
      {state === 'failed' && (
        <Alert
          role="alert"
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          w="100%"
          withCloseButton
          closeButtonLabel={t('agreements.pdf.dismiss')}
          onClose={() => setState('idle')}
        >
          {t('agreements.pdf.failed')}
        </Alert>
      )}
    </>
  );
}

interface Props {
  agreement: Agreement;
  /** Loads the current state after someone else changed the agreement. */
  onReload: () => void;
}

/** Edit, sign, terminate, restore and PDF, as far as the status and the user's role allow. */
export function AgreementActions({ agreement, onReload }: Props) {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  const user = useCurrentUser();
  const action = useLifecycleAction(agreement.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const allowed = user.hasAnyRole('coordinator') ? allowedActions(agreement) : undefined;

  const run = async (next: LifecycleAction, values: unknown): Promise<Refusal | undefined> => {
    try {
      await action.mutateAsync(next);
      setDialog(null);
      notifications.show({ color: 'teal', message: t(`agreements.${next.kind}.done`) });
      return undefined;
    } catch (error) {
      const refusal = readRefusal(error as Error, values, t, refusalText);
      if (!refusal.stale) return refusal;
      setDialog(null);
      notifications.show({
        color: 'orange',
        title: t('agreements.stale.title'),
        message: t('agreements.stale.reloaded'),
      });
      onReload();
      return undefined;
    }
  };

  const dialogProps = {
    agreement,
    loading: action.isPending,
    onCancel: () => setDialog(null),
    onConfirm: run,
  };
  const [restoreError, setRestoreError] = useState('');

  return (
    <Group gap="sm">
      {allowed?.edit && (
        <Button
          component={Link}
          to={`/manage/agreements/${agreement.id}/edit`}
          leftSection={<IconPencil size={16} aria-hidden />}
        >
          {t('common.edit')}
        </Button>
      )}
      {allowed?.sign && (
        <Button
          color="teal"
          leftSection={<IconSignature size={16} aria-hidden />}
          onClick={() => setDialog('sign')}
        >
          {t('agreements.sign.button')}
        </Button>
      )}
      {allowed?.restore && (
        <Button
          variant="light"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          onClick={() => {
            setRestoreError('');
            setDialog('restore');
          }}
        >
          {t('agreements.restore.button')}
        </Button>
      )}
      {allowed?.terminate && (
        <Button
          variant="light"
          color="red"
          leftSection={<IconX size={16} aria-hidden />}
          onClick={() => setDialog('terminate')}
        >
          {t('agreements.terminate.button')}
        </Button>
      )}
      <PdfButton agreement={agreement} />

      {dialog === 'sign' && <SignDialog opened {...dialogProps} />}
      {dialog === 'terminate' && <TerminateDialog opened {...dialogProps} />}
      <ConfirmDialog
        opened={dialog === 'restore'}
        title={t('agreements.restore.title')}
        message={
          restoreError ||
          t('agreements.restore.message', {
            number: agreement.conditionsNumber,
            current: agreement.amendment?.conditionsNumber,
          })
        }
        confirmLabel={t('agreements.restore.confirm')}
        loading={action.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() =>
          void run({ kind: 'restore', body: { version: agreement.version } }, {}).then(
            (refusal) => refusal && setRestoreError(refusal.general),
          )
        }
      />
    </Group>
  );
}
