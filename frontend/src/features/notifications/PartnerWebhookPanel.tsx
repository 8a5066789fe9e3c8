import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconCopy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, fieldErrorsByPath } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageState } from '../../components/PageState';
import { formatDateTime } from '../../i18n';
import { useRemoveWebhook, useSaveWebhook, useWebhook, type Webhook } from './api';
import { useNotificationText } from './text';

/** Where the partner's system is told of changes: administrators set, replace and remove it. */
export function PartnerWebhookPanel({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation();
  const webhook = useWebhook(institutionId);
  const [editing, setEditing] = useState(false);
  // Only the answer to saving carries the secret; it lives here until the admin dismisses it.
  const [secret, setSecret] = useState<string | null>(null);

  let content;
  if (webhook.isPending) content = <Skeleton height={60} />;
  else if (webhook.isError)
    content = <PageState kind="error" onRetry={() => void webhook.refetch()} />;
  else if (editing)
    content = (
      <WebhookForm
        institutionId={institutionId}
        current={webhook.data}
        onSaved={(saved) => {
          setSecret(saved);
          setEditing(false);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  else
    content = (
      <WebhookSummary
        institutionId={institutionId}
        webhook={webhook.data}
        onEdit={() => {
          setSecret(null);
          setEditing(true);
        }}
      />
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="webhook-title">
      <Title order={2} size="h4" mb="xs" id="webhook-title">
        {t('notifications.webhook.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('notifications.webhook.intro')}
      </Text>
      <Stack>
        {secret && <SecretOnce secret={secret} onDone={() => setSecret(null)} />}
        {content}
      </Stack>
    </Paper>
  );
}

function WebhookSummary({
  institutionId,
  webhook,
  onEdit,
}: {
  institutionId: string;
  webhook: Webhook | null;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const text = useNotificationText();
  const remove = useRemoveWebhook(institutionId);
  const [confirming, setConfirming] = useState(false);

  if (!webhook) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text>{t('notifications.webhook.none')}</Text>
        <Button onClick={onEdit}>{t('notifications.webhook.set')}</Button>
      </Stack>
    );
  }

  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: () =>
        notifications.show({ color: 'teal', message: t('notifications.webhook.remove.done') }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('common.errorTitle'),
          message: text.problem(error),
        }),
      onSettled: () => setConfirming(false),
    });

  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" c="dimmed">
          {t('notifications.webhook.url')}
        </Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {webhook.url}
        </Code>
      </div>
      <Text size="sm" c="dimmed">
        {t('notifications.webhook.secretCreated', {
          date: formatDateTime(webhook.secretCreatedAt),
          name: webhook.updatedBy,
        })}
      </Text>
      <Group>
        <Button variant="default" onClick={onEdit}>
          {t('notifications.webhook.replace')}
        </Button>
        <Button
          variant="light"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setConfirming(true)}
        >
          {t('notifications.webhook.remove.action')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('notifications.webhook.remove.title')}
        message={t('notifications.webhook.remove.message')}
        confirmLabel={t('notifications.webhook.remove.action')}
        danger
        loading={remove.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}

function WebhookForm({
  institutionId,
  current,
  onSaved,
  onCancel,
}: {
  institutionId: string;
  current: Webhook | null;
  onSaved: (secret: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const text = useNotificationText();
  const save = useSaveWebhook(institutionId);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm({
    initialValues: { url: current?.url ?? '' },
    validate: { url: (url) => (url.trim() ? null : t('validation.required')) },
  });

  const submit = form.onSubmit(({ url }) => {
    setRefusal(null);
    save.mutate(url.trim(), {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('notifications.webhook.saved') });
        onSaved(saved.secret ?? null);
      },
      onError: (error) => {
        const fieldErrors = error instanceof ApiProblem ? fieldErrorsByPath(error.errors) : {};
        if (fieldErrors.url) form.setFieldError('url', fieldErrors.url);
        else setRefusal(text.problem(error));
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          type="url"
          label={t('notifications.webhook.url')}
          description={t('notifications.webhook.urlDescription')}
          required
          autoFocus
          {...form.getInputProps('url')}
        />
        {current && (
          <Text size="sm" c="orange.8">
            {t('notifications.webhook.replaceHint')}
          </Text>
        )}
        {refusal && (
          <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
            {refusal}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('notifications.webhook.save')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('notifications.webhook.secretTitle')}
    >
      <Stack gap="sm">
        <Text size="sm">{t('notifications.webhook.secretWarning')}</Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {secret}
        </Code>
        <Group>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
                onClick={copy}
              >
                {copied ? t('notifications.webhook.copied') : t('notifications.webhook.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onDone}>{t('notifications.webhook.secretDone')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
