import {
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RefusalAlert, StaleAlert } from '../../components/FormAlerts';
import { useFormRefusal } from '../../components/useFormRefusal';
import { problemToFormErrors } from '../../api/problem';
import { PROJECT_STATUSES, useSaveProject, type Project } from './api';
import { BudgetEditor } from './BudgetEditor';
import {
  CALL_YEARS,
  DURATIONS,
  durationOf,
  emptyValues,
  endAfter,
  LIMITS,
  toFormValues,
  toInput,
  validateProject,
  type ProjectFormValues,
} from './formValues';
import type { InstitutionOption } from './institutionOptions';
import { formatDate } from './text';

const PARTNER_PATH = /^partnerInstitutionIds\.(\d+)$/;

interface Props {
  /** The project to edit; without it the form records a new one. */
  project?: Project;
  beneficiaries: InstitutionOption[];
  partners: InstitutionOption[];
  /** Preselected as a partner of a new project. */
  homeInstitutionId?: string;
  /** Loads the current version after someone else changed the project. */
  onReload?: () => void;
}

export function ProjectForm({
  project,
  beneficiaries,
  partners,
  homeInstitutionId,
  onReload,
}: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveProject(project?.id);

  const form = useForm<ProjectFormValues>({
    initialValues: project ? toFormValues(project) : emptyValues(homeInstitutionId),
    validate: (values) => validateProject(values, t),
  });

  const partnerName = (id: string | undefined) =>
    partners.find((option) => option.value === id)?.label ?? id;

  // A 409 on the reference is a duplicate; any other means the project changed meanwhile.
  const { formRef, otherErrors, stale, reset, invalid, refused } = useFormRefusal(
    form,
    (problem) =>
      problem.status === 409 &&
      Boolean(project) &&
      (problem.hasFieldError('version') || !problem.hasFieldError('reference')),
    {
      names: { institution: (id) => partners.find((option) => option.value === id)?.label },
      toFormErrors: (problem, values) => {
        const { fieldErrors, otherErrors } = problemToFormErrors(problem, values);
        // The partner picker is one field: its errors name the partner they are about.
        for (const [path, message] of Object.entries(fieldErrors)) {
          const partner = PARTNER_PATH.exec(path);
          if (!partner) continue;
          delete fieldErrors[path];
          const text = `${partnerName(values.partnerInstitutionIds[Number(partner[1])])}: ${message}`;
          const before = fieldErrors.partnerInstitutionIds;
          fieldErrors.partnerInstitutionIds = before ? `${before}; ${text}` : text;
        }
        return { fieldErrors, otherErrors };
      },
    },
  );

  const submit = form.onSubmit((values) => {
    reset();
    // The promise, not mutate's callbacks: those are dropped when the saved version remounts the form.
    save.mutateAsync(toInput(values, project)).then((saved) => {
      notifications.show({
        color: 'teal',
        message: t(project ? 'projects.saved.updated' : 'projects.saved.created', {
          reference: saved.reference,
        }),
      });
      void navigate(`/manage/projects/${saved.id}`);
    }, refused);
  }, invalid);

  const { startDate, endDate } = form.values;
  const ends = DURATIONS.map((months) => endAfter(startDate, months));
  const duration = durationOf(startDate, endDate);
  let durationHint = t('projects.form.durationHint');
  if (ends[0] && ends[1]) {
    durationHint = t('projects.form.durationHintDates', {
      end24: formatDate(ends[0]),
      end36: formatDate(ends[1]),
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        {stale && (
          <StaleAlert
            title={t('projects.stale.title')}
            message={t('projects.stale.message')}
            reloadLabel={t('projects.stale.reload')}
            onReload={onReload}
          />
        )}
        <RefusalAlert title={t('projects.form.otherErrors')} messages={otherErrors} />

        <Fieldset legend={t('projects.form.agreement')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('projects.form.reference')}
              description={t('projects.form.referenceDescription')}
              placeholder="2024-1-EE01-KA171-HED-000123456"
              withAsterisk
              maxLength={40}
              autoCapitalize="characters"
              spellCheck={false}
              {...form.getInputProps('reference')}
            />
            <NumberInput
              label={t('projects.form.callYear')}
              description={t('projects.form.callYearDescription')}
              withAsterisk
              min={CALL_YEARS.min}
              max={CALL_YEARS.max}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              hideControls
              {...form.getInputProps('callYear')}
            />
            <Select
              label={t('projects.form.status')}
              description={t('projects.form.statusDescription')}
              withAsterisk
              allowDeselect={false}
              data={PROJECT_STATUSES.map((status) => ({
                value: status,
                label: t(`projects.status.${status}`),
              }))}
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('projects.form.institutions')}>
          <Stack>
            <Select
              label={t('projects.form.beneficiary')}
              description={t('projects.form.beneficiaryDescription')}
              placeholder={t('projects.form.beneficiaryPlaceholder')}
              withAsterisk
              searchable
              nothingFoundMessage={t('projects.form.nothingFound')}
              data={beneficiaries}
              {...form.getInputProps('beneficiaryInstitutionId')}
            />
            <MultiSelect
              label={t('projects.form.partners')}
              description={t('projects.form.partnersDescription')}
              withAsterisk
              searchable
              hidePickedOptions
              maxValues={LIMITS.partners}
              nothingFoundMessage={t('projects.form.nothingFound')}
              data={partners}
              {...form.getInputProps('partnerInstitutionIds')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('projects.form.period')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('projects.form.startDate')}
                withAsterisk
                {...form.getInputProps('startDate')}
              />
              <TextInput
                type="date"
                label={t('projects.form.endDate')}
                description={durationHint}
                withAsterisk
                {...form.getInputProps('endDate')}
              />
            </SimpleGrid>
            <Group gap="xs" role="group" aria-label={t('projects.form.setDuration')}>
              <Text size="sm">{t('projects.form.setDuration')}</Text>
              {DURATIONS.map((months, index) => (
                <Button
                  key={months}
                  size="xs"
                  variant={duration === months ? 'filled' : 'default'}
                  aria-pressed={duration === months}
                  disabled={!ends[index]}
                  onClick={() => {
                    const end = ends[index];
                    if (end) form.setFieldValue('endDate', end);
                  }}
                >
                  {t('projects.form.months', { months })}
                </Button>
              ))}
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('projects.form.budget')}>
          <BudgetEditor form={form} />
        </Fieldset>

        <Textarea
          label={t('projects.form.notes')}
          description={t('projects.form.notesDescription')}
          autosize
          minRows={3}
          maxLength={LIMITS.notes}
          {...form.getInputProps('notes')}
        />

        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(-1)} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {project ? t('projects.form.save') : t('projects.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
