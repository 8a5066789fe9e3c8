import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { useCurrentUser } from '../../auth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RefusalAlert } from '../../components/FormAlerts';
import { useDeleteCall, usePublishCall, type Call } from './api';
import { useCallText } from './text';

interface Props {
  call: Call;
  /** Loads the current state after someone else changed the call. */
  onReload: () => void;
}

type Dialog = 'publish' | 'delete';

/** Edit, publish and delete, as far as the status and the user's role allow. */
export function CallActions({ call, onReload }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const text = useCallText();
  const publish = usePublishCall(call.id);
  const remove = useDeleteCall(call.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [refusals, setRefusals] = useState<string[]>([]);

  if (!user.hasAnyRole('coordinator')) return null;
  const draft = call.status === 'DRAFT';
  const editable = call.status !== 'CLOSED';

  const refused = (error: Error) => {
    setDialog(null);
    if (error instanceof ApiProblem && error.status === 409) {
      notifications.show({
        color: 'orange',
        title: t('calls.stale.title'),
        message: t('calls.stale.reloaded'),
      });
      onReload();
      return;
    }
    if (error instanceof ApiProblem && error.errors.length > 0) {
      setRefusals(error.errors.map((e) => `${e.field}: ${e.message}`));
      return;
    }
    setRefusals([
      error instanceof ApiProblem && error.status < 500 && error.detail
        ? error.detail
        : t('common.errorDescription'),
    ]);
  };

  const title = text.text(call.title);

  return (
    <Stack gap="sm">
      <Group gap="sm">
        {editable && (
          <Button
            component={Link}
            to={`/manage/calls/${call.id}/edit`}
            leftSection={<IconPencil size={16} aria-hidden />}
          >
            {t('common.edit')}
          </Button>
        )}
        {draft && (
          <Button
            color="teal"
            leftSection={<IconSend size={16} aria-hidden />}
            onClick={() => {
              setRefusals([]);
              setDialog('publish');
            }}
          >
            {t('calls.publish.button')}
          </Button>
        )}
        {draft && (
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => {
              setRefusals([]);
              setDialog('delete');
            }}
          >
            {t('calls.delete.button')}
          </Button>
        )}
      </Group>
      <RefusalAlert title={t('calls.publish.refused')} messages={refusals} />

      <ConfirmDialog
        opened={dialog === 'publish'}
        title={t('calls.publish.title')}
        message={t('calls.publish.message', { title })}
        confirmLabel={t('calls.publish.confirm')}
        loading={publish.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() =>
          publish.mutate(call.version, {
            onSuccess: () => {
              setDialog(null);
              notifications.show({ color: 'teal', message: t('calls.publish.done', { title }) });
            },
            onError: refused,
          })
        }
      />
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t('calls.delete.title')}
        message={t('calls.delete.message', { title })}
        confirmLabel={t('calls.delete.confirm')}
        danger
        loading={remove.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() =>
          remove.mutate(call.version, {
            onSuccess: () => {
              setDialog(null);
              notifications.show({ color: 'teal', message: t('calls.delete.done', { title }) });
              void navigate('/manage/calls');
            },
            onError: refused,
          })
        }
      />
    </Stack>
  );
}
