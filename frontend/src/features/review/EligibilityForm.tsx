import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlerts } from '../../components/FormAlerts';
import { useFormRefusal } from '../../components/useFormRefusal';
import {
  REASON_MAX,
  useDecideEligibility,
  type EligibilityDecision,
  type ReviewApplication,
} from './api';

/** The order the choices are offered in: the decisions first, taking one back last. */
const CHOICES = ['ELIGIBLE', 'INELIGIBLE', 'PENDING'] as const satisfies EligibilityDecision[];

interface Values {
  decision: EligibilityDecision;
  reason: string;
}

interface Props {
  application: ReviewApplication;
  /** The version the coordinator's input is based on. */
  version: number;
  onSaved: (saved: ReviewApplication) => void;
  /** Reads the application again after someone else changed it; keeps the input. */
  onReload: () => Promise<void>;
}

/** The coordinator decides; an ineligible application needs a reason the applicant reads. */
export function EligibilityForm({ application, version, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const decide = useDecideEligibility(application.id);
  const [reloading, setReloading] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      decision: application.eligibility,
      reason: application.eligibilityReason ?? '',
    },
    // As the server checks it: INELIGIBLE needs a reason that is not blank.
    validate: {
      reason: (reason, values) => {
        if (values.decision === 'INELIGIBLE' && !reason.trim())
          return t('review.decision.reasonRequired');
        if (reason.length > REASON_MAX) return t('validation.maxLength', { max: REASON_MAX });
        return null;
      },
    },
  });
  // A 409 is a stale version, or the applicant withdrew meanwhile: reloading shows either.
  const { formRef, otherErrors, stale, reset, invalid, refused } = useFormRefusal(
    form,
    (problem) => problem.status === 409,
  );

  const reload = async () => {
    setReloading(true);
    await onReload();
    setReloading(false);
    reset();
  };

  const submit = form.onSubmit((values) => {
    reset();
    const reason = values.reason.trim();
    decide.mutate(
      { version, decision: values.decision, reason: reason || undefined },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          form.resetDirty(values);
          notifications.show({
            color: 'teal',
            message: t('review.decision.saved', {
              decision: t(`review.eligibility.${saved.eligibility}`),
            }),
          });
        },
        onError: refused,
      },
    );
  }, invalid);

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlerts
          stale={
            stale
              ? {
                  title: t('review.decision.stale.title'),
                  message: t('review.decision.stale.message'),
                  reloadLabel: t('review.decision.stale.reload'),
                  reloading,
                  onReload: () => void reload(),
                }
              : undefined
          }
          otherErrors={otherErrors}
          otherErrorsTitle={t('review.decision.otherErrors')}
        />
        <Radio.Group label={t('review.decision.choice')} {...form.getInputProps('decision')}>
          <Group gap="md" mt={4}>
            {CHOICES.map((decision) => (
              <Radio
                key={decision}
                value={decision}
                label={t(`review.decision.choices.${decision}`)}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('review.decision.reasonLabel')}
          description={t('review.decision.reasonHint')}
          withAsterisk={form.values.decision === 'INELIGIBLE'}
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={decide.isPending}>
            {t('review.decision.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
