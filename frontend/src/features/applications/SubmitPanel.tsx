import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { ApiProblem, toFormPath, type FieldError } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { applicationKey, MY_APPLICATIONS_KEY, submitApplication, type MyApplication } from './api';
import { useApplicationText } from './text';

type ChecklistItemKind = Schemas['ChecklistItemKind'];
const CHECKLIST_ITEMS: ChecklistItemKind[] = [
  'PROFILE',
  'ELIGIBILITY',
  'PREFERENCES',
  'PERIOD',
  'MOTIVATION',
  'DOCUMENT',
];

interface Props {
  application: MyApplication;
  complete: boolean;
  /** Sends the draft's waiting input and waits for it. */
  beforeSubmit: () => Promise<void>;
  onSubmitted: () => void;
  onRefused: () => Promise<unknown>;
}

/** Submits a complete draft after a confirmation; lists what the server still finds missing. */
export function SubmitPanel({
  application,
  complete,
  beforeSubmit,
  onSubmitted,
  onRefused,
}: Props) {
  const { t } = useTranslation();
  const text = useApplicationText();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const [refusal, setRefusal] = useState<string | undefined>();

  /** "Transcript of records: not uploaded yet", from a field like documents.TRANSCRIPT_OF_RECORDS */
  const describe = (entry: FieldError) => {
    const [group, name, ...rest] = toFormPath(entry.field).split('.');
    const otherLabel = rest.join('.');
    const items: Record<string, ChecklistItemKind> = {
      preferences: 'PREFERENCES',
      plannedStart: 'PERIOD',
      plannedEnd: 'PERIOD',
      motivation: 'MOTIVATION',
      eligibility: 'ELIGIBILITY',
      profile: 'PROFILE',
    };
    let item: string | undefined;
    if (group === 'documents' && name) {
      const requirement = application.call.documents.find(
        (document) => document.type === name && (!otherLabel || document.label?.en === otherLabel),
      );
      if (requirement) item = text.documentName(requirement.type, requirement.label);
    } else {
      const kind = group === 'checklist' ? (name as ChecklistItemKind) : items[group];
      if (kind && CHECKLIST_ITEMS.includes(kind)) item = t(`applications.checklist.item.${kind}`);
    }
    const message = text.problem(entry);
    return item ? `${item}: ${message}` : message;
  };

  const submit = async () => {
    setBusy(true);
    setMissing([]);
    setRefusal(undefined);
    try {
      await beforeSubmit();
      const submitted = await submitApplication(application.id);
      client.setQueryData(applicationKey(application.id), submitted);
      void client.invalidateQueries({ queryKey: MY_APPLICATIONS_KEY, exact: true });
      setConfirming(false);
      onSubmitted();
    } catch (error) {
      setConfirming(false);
      if (error instanceof ApiProblem && error.status === 422) {
        setMissing(
          error.errors.length > 0 ? error.errors.map(describe) : [error.detail ?? error.message],
        );
      } else if (error instanceof ApiProblem && error.status === 409) {
        setRefusal(error.detail ?? t('applications.submit.conflict'));
      } else {
        setRefusal(t('common.errorDescription'));
      }
      await onRefused();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" align="flex-start">
      {missing.length > 0 && (
        <Alert color="red" role="alert" title={t('applications.submit.missingTitle')} w="100%">
          <List size="sm">
            {missing.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {refusal && (
        <Alert color="red" role="alert" w="100%">
          {refusal}
        </Alert>
      )}
      <Button
        size="md"
        leftSection={<IconSend size={18} aria-hidden />}
        disabled={!complete}
        loading={busy}
        onClick={() => setConfirming(true)}
        aria-describedby={complete ? undefined : 'application-submit-hint'}
      >
        {t('applications.submit.button')}
      </Button>
      {!complete && (
        <Text size="sm" c="dimmed" id="application-submit-hint">
          {t('applications.submit.incomplete')}
        </Text>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('applications.submit.confirmTitle')}
        message={t('applications.submit.confirmMessage')}
        confirmLabel={t('applications.submit.confirm')}
        loading={busy}
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}
