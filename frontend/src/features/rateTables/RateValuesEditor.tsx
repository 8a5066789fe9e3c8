import {
  Alert,
  Button,
  Grid,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, problemToFormErrors } from '../../api/problem';
import { rateKeyOf } from '../grants/text';
import {
  CONFIDENCES,
  useCreateVersion,
  type Confidence,
  type RateTable,
  type RateTableInput,
  type RateValue,
} from './api';
import { unitOf } from './units';
import { useRateFormat } from './useRateFormat';

type SourceKind = RateValue['source']['kind'];

interface Row {
  item: RateTableInput['values'][number]['item'];
  qualifier: string;
  amount: number | string;
  confidence: Confidence;
  source: { kind: SourceKind; edition: number | string; note: string };
}

const SOURCE_KINDS: SourceKind[] = [
  'PROGRAMME_GUIDE',
  'PROGRAMME_GUIDE_KA131',
  'INFERRED',
  'NOT_PUBLISHED',
  'OFFICE',
];

interface Props {
  /** The newest version, which the edit starts from. */
  table: RateTable;
  onSaved: (version: number) => void;
  onCancel: () => void;
}

/** Edits every value of the newest version; saving stores them as the next version with a reason. */
export function RateValuesEditor({ table, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const format = useRateFormat();
  const save = useCreateVersion();
  const [problem, setProblem] = useState<{ message: string; details: string[] }>();
  const next = table.summary.version + 1;
  const form = useForm<{ reason: string; values: Row[] }>({
    mode: 'controlled',
    initialValues: {
      reason: '',
      values: table.values.map((value) => ({
        ...value,
        amount: value.amount ?? '',
        source: {
          kind: value.source.kind,
          edition: value.source.edition ?? '',
          note: value.source.note ?? '',
        },
      })),
    },
    validate: {
      reason: (reason) => (reason.trim() ? null : t('rateTables.reasonRequired')),
      values: {
        amount: (amount, values, path) => {
          const row = values.values[Number(path.split('.')[1])];
          if (row.confidence === 'UNKNOWN') return null;
          return amount === '' ? t('rateTables.amountRequired') : null;
        },
        source: {
          edition: (edition, values, path) => {
            const row = values.values[Number(path.split('.')[1])];
            return row.source.kind !== 'OFFICE' && edition === ''
              ? t('rateTables.editionRequired')
              : null;
          },
        },
      },
    },
  });

  const submit = form.onSubmit((values) => {
    setProblem(undefined);
    const body: RateTableInput = {
      basedOnVersion: table.summary.version,
      reason: values.reason,
      values: values.values.map((row) => ({
        item: row.item,
        qualifier: row.qualifier,
        amount: row.amount === '' ? undefined : Number(row.amount),
        confidence: row.confidence,
        source: {
          kind: row.source.kind,
          edition:
            row.source.kind === 'OFFICE' || row.source.edition === ''
              ? undefined
              : Number(row.source.edition),
          note: row.source.note.trim() || undefined,
        },
      })),
    };
    // The promise, not mutate's callbacks: the refreshed list names the new version, which remounts
    // this editor (keyed by version) before mutate's callbacks would run, and they would be dropped.
    save.mutateAsync({ callYear: table.summary.callYear, body }).then(
      (created) => {
        notifications.show({
          color: 'teal',
          message: t('rateTables.saved', {
            version: created.summary.version,
            year: created.summary.callYear,
          }),
        });
        onSaved(created.summary.version);
      },
      (error: unknown) => {
        if (!(error instanceof ApiProblem)) {
          setProblem({ message: t('common.errorDescription'), details: [] });
        } else if (error.status === 409) {
          setProblem({ message: t('rateTables.conflict'), details: [error.detail ?? ''] });
        } else {
          const { fieldErrors, otherErrors } = problemToFormErrors(error, values);
          form.setErrors(fieldErrors);
          setProblem({ message: t('rateTables.saveRefused'), details: otherErrors });
        }
      },
    );
  });

  const chooseSourceKind = (index: number, kind: SourceKind) => {
    form.setFieldValue(`values.${index}.source.kind`, kind);
    if (kind === 'OFFICE') form.setFieldValue(`values.${index}.source.edition`, '');
    else if (form.values.values[index].source.edition === '')
      form.setFieldValue(`values.${index}.source.edition`, table.summary.callYear);
  };

  /** An unknown value is not published (or left to the office); a value the guide does not publish is set by the office. */
  const chooseConfidence = (index: number, confidence: Confidence) => {
    const kind = form.values.values[index].source.kind;
    form.setFieldValue(`values.${index}.confidence`, confidence);
    if (confidence === 'UNKNOWN') {
      form.setFieldValue(`values.${index}.amount`, '');
      if (kind !== 'OFFICE') chooseSourceKind(index, 'NOT_PUBLISHED');
    } else if (kind === 'NOT_PUBLISHED') {
      chooseSourceKind(index, 'OFFICE');
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('rateTables.editHint', { version: next })}
        </Text>
        {form.values.values.map((row, index) => {
          const name = format.name(row);
          const unit = unitOf(row);
          return (
            <Grid
              key={rateKeyOf(row)}
              align="flex-start"
              gap="xs"
              data-testid={`rate-${rateKeyOf(row)}`}
            >
              <Grid.Col span={{ base: 12, md: 3 }}>
                <Text size="sm" pt={{ md: 6 }}>
                  {name}
                </Text>
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 2 }}>
                <NumberInput
                  aria-label={t('rateTables.amountOf', { rate: name })}
                  min={0}
                  decimalScale={2}
                  prefix={unit === 'EUR' ? '€' : undefined}
                  suffix={unit === 'percent' ? ' %' : undefined}
                  disabled={row.confidence === 'UNKNOWN'}
                  placeholder={
                    row.confidence === 'UNKNOWN' ? t('rateTables.unknownAmount') : undefined
                  }
                  {...form.getInputProps(`values.${index}.amount`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 2 }}>
                <Select
                  aria-label={t('rateTables.confidenceOf', { rate: name })}
                  data={CONFIDENCES.map((value) => ({
                    value,
                    label: t(`rateTables.confidence.${value}`),
                  }))}
                  allowDeselect={false}
                  {...form.getInputProps(`values.${index}.confidence`)}
                  onChange={(value: string | null) => {
                    if (value) chooseConfidence(index, value as Confidence);
                  }}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 8, md: 2 }}>
                <Select
                  aria-label={t('rateTables.sourceOf', { rate: name })}
                  data={SOURCE_KINDS.map((value) => ({
                    value,
                    label: t(`rateTables.sourceKind.${value}`),
                  }))}
                  allowDeselect={false}
                  {...form.getInputProps(`values.${index}.source.kind`)}
                  onChange={(value: string | null) => {
                    if (value) chooseSourceKind(index, value as SourceKind);
                  }}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 4, md: 1 }}>
                <NumberInput
                  aria-label={t('rateTables.editionOf', { rate: name })}
                  min={2014}
                  max={2100}
                  allowDecimal={false}
                  hideControls
                  disabled={row.source.kind === 'OFFICE'}
                  {...form.getInputProps(`values.${index}.source.edition`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 2 }}>
                <TextInput
                  aria-label={t('rateTables.noteOf', { rate: name })}
                  placeholder={t('rateTables.notePlaceholder')}
                  maxLength={1000}
                  {...form.getInputProps(`values.${index}.source.note`)}
                />
              </Grid.Col>
            </Grid>
          );
        })}
        <Textarea
          label={t('rateTables.reason')}
          description={t('rateTables.reasonHint')}
          required
          autosize
          minRows={2}
          maxLength={1000}
          {...form.getInputProps('reason')}
        />
        {problem && (
          <Alert color="red" role="alert" title={problem.message}>
            {problem.details.map((detail) => (
              <Text key={detail} size="sm">
                {detail}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('rateTables.saveAsVersion', { version: next })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
