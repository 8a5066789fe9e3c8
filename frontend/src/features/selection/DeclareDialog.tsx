import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX, type AssignedApplication } from './api';

interface Props {
  application: AssignedApplication | null;
  loading: boolean;
  onDeclare: (note: string) => void;
  onCancel: () => void;
}

/** Declaring a conflict of interest: final, with what the conflict is. */
export function DeclareDialog({ application, loading, onDeclare, onCancel }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const missing = note.trim() === '';
  return (
    <Modal
      opened={application !== null}
      onClose={onCancel}
      title={t('selection.declare.conflictTitle', { name: application?.applicantName ?? '' })}
      centered
    >
      <Stack>
        <Text size="sm">{t('selection.declare.conflictMessage')}</Text>
        <Textarea
          label={t('selection.declare.note')}
          description={t('selection.declare.noteHint')}
          withAsterisk
          autosize
          minRows={3}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={tried && missing ? t('selection.declare.noteRequired') : undefined}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={loading}
            onClick={() => {
              setTried(true);
              if (!missing) onDeclare(note.trim());
            }}
          >
            {t('selection.declare.conflictConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
