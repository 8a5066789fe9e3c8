import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormActions } from '../../components/FormActions';
import { RefusalAlert, StaleAlert } from '../../components/FormAlerts';
import { useFormRefusal } from '../../components/useFormRefusal';
import { usePartnerProjects, useSaveAgreement, type Agreement } from './api';
import { FlowEditor } from './FlowEditor';
import {
  emptyValues,
  LIMITS,
  toFormErrors,
  toFormValues,
  toInput,
  validateAgreement,
  type AgreementFormValues,
} from './formValues';
import type { Option } from './options';
import { SideFields } from './SideFields';
import { useNameById } from '../reference';

/** The partner's KA171 projects, and those already linked, as "2024-1-EE01-… (2024)". */
function useProjectOptions(partnerId: string | null, agreement?: Agreement): Option[] {
  const { data } = usePartnerProjects(partnerId);
  const options = new Map((agreement?.projects ?? []).map((project) => [project.id, project]));
  for (const project of data?.items ?? []) options.set(project.id, project);
  return [...options.values()].map((project) => ({
    value: project.id,
    label: `${project.reference} (${project.callYear})`,
  }));
}

interface Props {
  /** The agreement to edit; without it the form records a new one. */
  agreement?: Agreement;
  home: { id: string; name: string };
  partners: Option[];
  years: string[];
  /** Loads the current version after someone else changed the agreement. */
  onReload?: () => void;
}

export function AgreementForm({ agreement, home, partners, years, onReload }: Props) {
  const { t } = useTranslation();
  const nameById = useNameById();
  const navigate = useNavigate();
  const save = useSaveAgreement(agreement?.id);
  const form = useForm<AgreementFormValues>({
    initialValues: agreement ? toFormValues(agreement) : emptyValues(),
    validate: (values) => validateAgreement(values, t),
  });
  const projects = useProjectOptions(form.values.partnerInstitutionId, agreement);

  // Any 409 of an edit means the agreement changed since it was loaded.
  const { formRef, otherErrors, stale, reset, invalid, refused } = useFormRefusal(
    form,
    (problem) => problem.status === 409 && Boolean(agreement),
    {
      toFormErrors: (problem, values) =>
        toFormErrors(
          problem,
          values,
          (id) => projects.find((option) => option.value === id)?.label ?? id,
        ),
      focusSelector: '[aria-invalid="true"], [role="alert"]',
    },
  );

  const submit = form.onSubmit((values) => {
    reset();
    // The promise, not mutate's callbacks: those are dropped when the saved version remounts the form.
    save.mutateAsync(toInput(values, home.id, agreement)).then((saved) => {
      notifications.show({
        color: 'teal',
        message: t(agreement ? 'agreements.saved.updated' : 'agreements.saved.created', {
          partner: nameById(saved.partnerInstitutionId, saved.partnerInstitutionName),
        }),
      });
      void navigate(`/manage/agreements/${saved.id}`);
    }, refused);
  }, invalid);

  const partnerId = form.values.partnerInstitutionId;
  const partnerName =
    partners.find((option) => option.value === partnerId)?.label ??
    agreement?.partnerInstitutionName ??
    t('agreements.form.thePartner');

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        {stale && (
          <StaleAlert
            title={t('agreements.stale.title')}
            message={t('agreements.stale.message')}
            reloadLabel={t('agreements.stale.reload')}
            onReload={onReload}
          />
        )}
        <RefusalAlert title={t('agreements.form.otherErrors')} messages={otherErrors} />

        <Fieldset legend={t('agreements.form.agreement')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('agreements.form.partner')}
              description={
                agreement
                  ? t('agreements.form.partnerFixed')
                  : t('agreements.form.partnerDescription')
              }
              placeholder={t('agreements.form.partnerPlaceholder')}
              withAsterisk
              searchable
              disabled={Boolean(agreement)}
              nothingFoundMessage={t('agreements.form.nothingFound')}
              data={
                agreement
                  ? [{ value: agreement.partnerInstitutionId, label: partnerName }]
                  : partners
              }
              {...form.getInputProps('partnerInstitutionId')}
            />
            <Select
              label={t('agreements.form.firstYear')}
              withAsterisk
              searchable
              data={years}
              {...form.getInputProps('firstAcademicYear')}
            />
            <Select
              label={t('agreements.form.lastYear')}
              withAsterisk
              searchable
              data={years}
              {...form.getInputProps('lastAcademicYear')}
            />
          </SimpleGrid>
          <MultiSelect
            mt="md"
            label={t('agreements.form.projects')}
            description={t('agreements.form.projectsDescription')}
            placeholder={partnerId ? undefined : t('agreements.form.projectsPartnerFirst')}
            searchable
            hidePickedOptions
            disabled={!partnerId}
            maxValues={LIMITS.projects}
            nothingFoundMessage={t('agreements.form.nothingFound')}
            data={projects}
            {...form.getInputProps('projectIds')}
          />
        </Fieldset>

        <Fieldset legend={t('agreements.flows.title')}>
          <Stack>
            {agreement?.amendment ? (
              <Text size="sm" c="dimmed">
                {t('agreements.form.amendmentHint', {
                  number: agreement.amendment.conditionsNumber,
                  inForce: agreement.conditionsNumber,
                })}
              </Text>
            ) : (
              (agreement?.status === 'IN_FORCE' || agreement?.status === 'EXPIRED') && (
                <Text size="sm" c="dimmed">
                  {t('agreements.form.newVersionHint')}
                </Text>
              )
            )}
            <FlowEditor
              form={form}
              names={{ home: home.name, partner: partnerName }}
              years={years}
            />
          </Stack>
        </Fieldset>

        <SideFields form={form} side="home" legend={t('agreements.side.of', { name: home.name })} />
        <SideFields
          form={form}
          side="partner"
          legend={t('agreements.side.of', { name: partnerName })}
        />

        <Textarea
          label={t('agreements.form.notes')}
          description={t('agreements.form.notesDescription')}
          autosize
          minRows={3}
          maxLength={LIMITS.notes}
          {...form.getInputProps('notes')}
        />

        <FormActions
          submitLabel={agreement ? t('agreements.form.save') : t('agreements.form.create')}
          pending={save.isPending}
        />
      </Stack>
    </form>
  );
}
