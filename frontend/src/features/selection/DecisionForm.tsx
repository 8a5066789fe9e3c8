import { ActionIcon, Button, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconGavel, IconPlus, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemToFormErrors, toFormPath, type ApiProblem } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlerts } from '../../components/FormAlerts';
import { useFormRefusal } from '../../components/useFormRefusal';
import { formatDateTime } from '../../i18n';
import { MEMBERS_MAX, useDecide, type AllocationRun } from './commissionApi';

interface Values {
  meetingDate: string;
  members: string[];
  remarks: string;
}

/** Field errors beside their fields; the rest (the run) above the form, without the field's name. */
function toFormErrors(problem: ApiProblem, values: Values) {
  const { fieldErrors } = problemToFormErrors(problem, values);
  const otherErrors = problem.errors
    .filter((error) => !(toFormPath(error.field) in fieldErrors))
    .map((error) => error.message);
  return { fieldErrors, otherErrors };
}

/** Records the commission's decision on the run shown, after a confirmation that it locks the scores and the panel. */
export function DecisionForm({ run }: { run: AllocationRun }) {
  const { t } = useTranslation();
  const decide = useDecide(run.callId);
  const [confirming, setConfirming] = useState(false);
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<Values>({
    initialValues: { meetingDate: today, members: [''], remarks: '' },
    validate: (values) => ({
      meetingDate: !values.meetingDate
        ? t('selection.decision.meetingDateRequired')
        : values.meetingDate > today
          ? t('selection.decision.meetingDateFuture')
          : null,
      ...Object.fromEntries(
        values.members.map((name, index) => [
          `members.${index}`,
          name.trim() ? null : t('selection.decision.memberRequired'),
        ]),
      ),
    }),
  });
  const { formRef, otherErrors, reset, invalid, refused } = useFormRefusal(form, () => false, {
    toFormErrors,
  });
  const members = form.values.members;

  const record = () => {
    const values = form.getValues();
    reset();
    decide.mutate(
      {
        runId: run.id,
        meetingDate: values.meetingDate,
        members: values.members.map((name) => name.trim()),
        remarks: values.remarks.trim() || undefined,
      },
      {
        onSuccess: () => {
          setConfirming(false);
          notifications.show({ color: 'teal', message: t('selection.decision.recorded') });
        },
        onError: (error) => {
          setConfirming(false);
          refused(error);
        },
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit(() => setConfirming(true), invalid)} noValidate>
      <Stack gap="md" maw={640}>
        <Title order={3} size="h4">
          {t('selection.decision.formTitle')}
        </Title>
        <Text size="sm">
          {t('selection.decision.forRun', { at: formatDateTime(run.createdAt), by: run.createdBy })}
        </Text>
        <FormAlerts otherErrors={otherErrors} otherErrorsTitle={t('selection.decision.refused')} />
        <TextInput
          type="date"
          label={t('selection.decision.meetingDate')}
          max={today}
          required
          {...form.getInputProps('meetingDate')}
        />
        <Stack gap="xs" role="group" aria-labelledby="decision-members">
          <Text size="sm" fw={500} id="decision-members">
            {t('selection.decision.members')}
          </Text>
          {members.map((_, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                flex={1}
                label={t('selection.decision.member', { number: index + 1 })}
                required
                {...form.getInputProps(`members.${index}`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                size="lg"
                aria-label={t('selection.decision.removeMember', { number: index + 1 })}
                disabled={members.length === 1}
                onClick={() => form.removeListItem('members', index)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              disabled={members.length >= MEMBERS_MAX}
              onClick={() => form.insertListItem('members', '')}
            >
              {t('selection.decision.addMember')}
            </Button>
          </Group>
        </Stack>
        <Textarea
          label={t('selection.decision.remarks')}
          autosize
          minRows={3}
          {...form.getInputProps('remarks')}
        />
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconGavel size={16} aria-hidden />}>
            {t('selection.decision.record')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('selection.decision.confirmTitle')}
        message={t('selection.decision.confirmMessage')}
        confirmLabel={t('selection.decision.confirm')}
        loading={decide.isPending}
        onConfirm={record}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}
