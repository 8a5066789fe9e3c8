import { Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemToFormErrors, type FieldError } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlerts } from '../../components/FormAlerts';
import { useFormRefusal } from '../../components/useFormRefusal';
import {
  COMMENT_MAX,
  useSaveEvaluation,
  useSubmitEvaluation,
  type EvaluatedCriterion,
  type EvaluationInput,
  type MyEvaluation,
} from './scoringApi';
import { CriterionCard } from './ScoringParts';
import { useCriterionText } from './scoringText';

interface Entry {
  /** '' while the criterion has no score. */
  score: number | string;
  comment: string;
}

interface Values {
  /** One entry per criterion scored by evaluators, in the evaluation's order. */
  scores: Entry[];
}

interface Props {
  evaluation: MyEvaluation;
  onSubmitted: () => void;
  /** Reads the evaluation again after it changed elsewhere; the form starts over from it. */
  onReload: () => Promise<void>;
}

/** The positions in the form of the entries sent, in the order they are sent. */
function scoredPositions(values: Values): number[] {
  return values.scores.flatMap((entry, position) => (entry.score === '' ? [] : [position]));
}

function toInput(values: Values, criteria: EvaluatedCriterion[], version: number): EvaluationInput {
  return {
    version,
    scores: scoredPositions(values).map((position) => ({
      criterion: criteria[position].criterion,
      score: Number(values.scores[position].score),
      comment: values.scores[position].comment.trim() || undefined,
    })),
  };
}

/**
 * The API names a refused score by its place in the list sent ("scores[1].score"), or a missing one
 * by the criterion's index (at "scores"): both become the form's field of that criterion.
 */
function atFormField(error: FieldError, values: Values, criteria: EvaluatedCriterion[]): string {
  const sent = /^scores\[(\d+)\]\.(score|comment|criterion)$/.exec(error.field);
  if (sent) {
    const position = scoredPositions(values)[Number(sent[1])];
    const field = sent[2] === 'comment' ? 'comment' : 'score';
    return position === undefined ? error.field : `scores[${position}].${field}`;
  }
  const missing = error.field === 'scores' ? error.args?.criterion : undefined;
  const position = criteria.findIndex(({ criterion }) => String(criterion) === missing);
  return position < 0 ? error.field : `scores[${position}].score`;
}

/** The evaluator's draft scores, saved as often as they like, then submitted once for good. */
export function ScoringForm({ evaluation, onSubmitted, onReload }: Props) {
  const { t } = useTranslation();
  const { number } = useCriterionText();
  const { criteria } = evaluation;
  const save = useSaveEvaluation(evaluation.applicationId);
  const submit = useSubmitEvaluation(evaluation.applicationId);
  // Moves on with this form's own saves only, so that a change made elsewhere is refused.
  const [version, setVersion] = useState(evaluation.version);
  const [confirming, setConfirming] = useState(false);
  const [reloading, setReloading] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      scores: criteria.map(({ score, comment }) => ({
        score: score ?? '',
        comment: comment ?? '',
      })),
    },
    validate: (values) =>
      Object.fromEntries(
        values.scores.flatMap(({ score, comment }, position) =>
          score === '' && comment.trim()
            ? [[`scores.${position}.score`, t('selection.scoring.commentNeedsScore')]]
            : [],
        ),
      ),
  });
  const { formRef, otherErrors, stale, reset, invalid, refused } = useFormRefusal(
    form,
    (problem) => problem.status === 409,
    {
      toFormErrors: (problem, values) =>
        problemToFormErrors(
          problem.withErrors((error) => ({
            ...error,
            field: atFormField(error, values, criteria),
          })),
          values,
        ),
    },
  );
  const pending = save.isPending || submit.isPending;

  const saveDraft = async (values: Values) => {
    const saved = await save.mutateAsync(toInput(values, criteria, version));
    setVersion(saved.version);
    return saved;
  };

  const onSave = form.onSubmit((values) => {
    reset();
    saveDraft(values).then(
      () => notifications.show({ color: 'teal', message: t('selection.scoring.saved') }),
      refused,
    );
  }, invalid);

  const onConfirm = async () => {
    reset();
    try {
      const saved = await saveDraft(form.getValues());
      await submit.mutateAsync(saved.version);
      onSubmitted();
      notifications.show({ color: 'teal', message: t('selection.scoring.submitted') });
    } catch (error) {
      refused(error as Error);
    } finally {
      setConfirming(false);
    }
  };

  const reload = async () => {
    setReloading(true);
    await onReload();
    setReloading(false);
  };

  const scored = scoredPositions(form.values).length;

  return (
    <>
      <form ref={formRef} onSubmit={onSave} noValidate>
        <Stack gap="md">
          <FormAlerts
            stale={
              stale
                ? {
                    title: t('selection.scoring.staleTitle'),
                    message: t('selection.scoring.staleMessage'),
                    reloadLabel: t('selection.scoring.reload'),
                    reloading,
                    onReload: () => void reload(),
                  }
                : undefined
            }
            otherErrors={otherErrors}
            otherErrorsTitle={t('selection.scoring.refused')}
          />
          <Text size="sm" c="dimmed">
            {t('selection.scoring.blind')}
          </Text>
          {criteria.map((criterion, position) => (
            <CriterionCard key={criterion.criterion} criterion={criterion}>
              <NumberInput
                label={t('selection.scoring.score', { max: number(criterion.maxScore) })}
                min={0}
                max={criterion.maxScore}
                allowDecimal={false}
                allowNegative={false}
                maw={220}
                {...form.getInputProps(`scores.${position}.score`)}
              />
              <Textarea
                label={t('selection.scoring.comment')}
                description={t('selection.scoring.commentHint', { max: number(COMMENT_MAX) })}
                autosize
                minRows={2}
                maxRows={10}
                maxLength={COMMENT_MAX}
                {...form.getInputProps(`scores.${position}.comment`)}
              />
            </CriterionCard>
          ))}
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" role="status">
              {t('selection.scoring.progress', { scored, count: criteria.length })}
            </Text>
            <Group gap="xs">
              <Button
                type="submit"
                variant="default"
                loading={save.isPending && !confirming}
                disabled={pending}
              >
                {t('selection.scoring.save')}
              </Button>
              <Button
                disabled={pending}
                onClick={() => {
                  reset();
                  if (form.validate().hasErrors) invalid();
                  else setConfirming(true);
                }}
              >
                {t('selection.scoring.submit')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming}
        title={t('selection.scoring.confirmTitle')}
        message={t('selection.scoring.confirmMessage')}
        confirmLabel={t('selection.scoring.confirm')}
        loading={pending}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
