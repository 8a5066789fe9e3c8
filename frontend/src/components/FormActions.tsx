import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** A form's cancel (back to where the user came from) and submit buttons. */
export function FormActions({ submitLabel, pending }: { submitLabel: string; pending: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={() => void navigate(-1)} disabled={pending}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
