import {
  Fieldset,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { FormActions } from '../../components/FormActions';
import { FormAlerts } from '../../components/FormAlerts';
import { useFormRefusal } from '../../components/useFormRefusal';
import { formatDateTime, localizedName, viewerTimeZone, zoneName } from '../../i18n';
import { useActivePartners } from '../institutions/api';
import { CALL_MOBILITY_TYPES, useProjects, useSaveCall, type Call } from './api';
import { useAcademicYearOptions } from './options';
import { CriteriaEditor } from './CriteriaEditor';
import { DocumentsEditor } from './DocumentsEditor';
import { EligibilityFields } from './EligibilityFields';
import {
  emptyValues,
  LIMITS,
  toFormProblem,
  toFormValues,
  toInput,
  validateCall,
  type AgreementCapacity,
  type CallFormValues,
} from './formValues';
import { PlacesEditor } from './PlacesEditor';
import { useCallText } from './text';
import { TextFields } from './TextFields';
import { wallTimeToOffsetDateTime } from './zones';

interface Props {
  /** The call to change; without it the form makes a new draft. */
  call?: Call;
  /** The home institution: its id (never a partner) and the time zone deadlines are entered in. */
  home: { id?: string; timeZone: string };
  /** Loads the current version after someone else changed the call. */
  onReload?: () => void;
}

/** The partners a call can offer places at, and those it already offers places at. */
function usePartnerOptions(homeId: string | undefined, call?: Call) {
  const { language } = useCallText();
  const { data } = useActivePartners();
  return useMemo(() => {
    const options = new Map<string, string>();
    for (const place of call?.places ?? [])
      options.set(place.partner.id, localizedName(place.partner, language));
    for (const partner of data?.items ?? []) {
      if (partner.id !== homeId) options.set(partner.id, localizedName(partner, language));
    }
    return [...options].map(([value, label]) => ({ value, label }));
  }, [data, call, homeId, language]);
}

function useProjectOptions() {
  const { data } = useProjects();
  return (data?.items ?? []).map((project) => ({
    value: project.id,
    label: `${project.reference} (${project.callYear})`,
  }));
}

/** A wall-clock time of the home zone, as the viewer's own clock shows it, when that differs. */
function useViewerTime(wallTime: string, zone: string): string | undefined {
  const { t } = useTranslation();
  const viewer = viewerTimeZone();
  const instant = wallTimeToOffsetDateTime(wallTime, zone);
  if (!instant || viewer === zone) return undefined;
  const inViewer = formatDateTime(instant, viewer);
  if (inViewer === formatDateTime(instant, zone)) return undefined;
  return t('calls.form.viewerTime', { time: inViewer, zone: zoneName(viewer) });
}

export function CallForm({ call, home, onReload }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const text = useCallText();
  const save = useSaveCall(call?.id);
  const published = call?.status === 'PUBLISHED';
  const zone = call?.schedule.timeZone ?? home.timeZone;
  const partners = usePartnerOptions(home.id, call);
  const projects = useProjectOptions();
  const years = useAcademicYearOptions();

  const form = useForm<CallFormValues>({
    initialValues: call ? toFormValues(call) : emptyValues(),
    validate: (values) => validateCall(values, t, { published, capacity: capacityFor(values) }),
  });

  // What the server said of the agreements holds for the call's type and year as loaded.
  function capacityFor(values: CallFormValues): AgreementCapacity | undefined {
    if (!call) return undefined;
    if (values.mobilityType !== call.mobilityType || values.academicYear !== call.academicYear)
      return undefined;
    return new Map(
      call.places.map((place) => [place.partner.id, place.agreementMobilitiesPerYear]),
    );
  }

  const { formRef, otherErrors, stale, reset, invalid, refused } = useFormRefusal(
    form,
    (problem) => problem.status === 409 && Boolean(call),
    { names: { institution: (id) => partners.find((option) => option.value === id)?.label } },
  );

  const submit = form.onSubmit((values) => {
    reset();
    save.mutate(toInput(values, zone, call), {
      onSuccess: (saved) => {
        notifications.show({
          color: 'teal',
          message: t(call ? 'calls.saved.updated' : 'calls.saved.created', {
            title: text.text(saved.title),
          }),
        });
        void navigate(`/manage/calls/${saved.id}`);
      },
      onError: (error) => refused(error instanceof ApiProblem ? toFormProblem(error) : error),
    });
  }, invalid);

  const zoneLabel = zoneName(zone);
  const opensInViewer = useViewerTime(form.values.opensAt, zone);
  const deadlineInViewer = useViewerTime(form.values.deadline, zone);

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormAlerts
          stale={
            stale
              ? {
                  title: t('calls.stale.title'),
                  message: t('calls.stale.message'),
                  reloadLabel: t('calls.stale.reload'),
                  onReload,
                }
              : undefined
          }
          otherErrors={otherErrors}
          otherErrorsTitle={t('calls.form.otherErrors')}
        />

        <Fieldset legend={t('calls.form.texts')}>
          <Stack>
            <TextFields
              form={form}
              path="title"
              label={t('calls.form.title')}
              requiredEnglish
              maxLength={LIMITS.title}
            />
            <TextFields
              form={form}
              path="description"
              label={t('calls.form.description')}
              multiline
              maxLength={LIMITS.description}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('calls.form.mobility')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('calls.form.mobilityType')}
              description={published ? t('calls.form.fixedOncePublished') : undefined}
              withAsterisk
              allowDeselect={false}
              disabled={published}
              data={CALL_MOBILITY_TYPES.map((value) => ({
                value,
                label: text.mobilityType(value),
              }))}
              {...form.getInputProps('mobilityType')}
            />
            <TextInput
              label={t('calls.form.direction')}
              description={t('calls.form.directionHint')}
              value={t('calls.direction.OUTGOING')}
              readOnly
            />
            <Select
              label={t('calls.form.academicYear')}
              description={published ? t('calls.form.fixedOncePublished') : undefined}
              withAsterisk
              searchable
              disabled={published}
              data={[...years].reverse()}
              {...form.getInputProps('academicYear')}
            />
            <Select
              label={t('calls.form.project')}
              description={t('calls.form.projectHint')}
              searchable
              clearable
              nothingFoundMessage={t('calls.form.nothingFound')}
              data={projects}
              {...form.getInputProps('projectId')}
            />
            <NumberInput
              label={t('calls.form.maxPreferences')}
              description={t('calls.form.maxPreferencesHint', { max: LIMITS.maxPreferences })}
              withAsterisk
              min={1}
              max={LIMITS.maxPreferences}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('maxPreferences')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('calls.form.schedule')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="datetime-local"
              label={t('calls.form.opensAt', { zone })}
              description={opensInViewer ?? t('calls.form.zoneHint', { zone: zoneLabel })}
              withAsterisk
              step={1}
              {...form.getInputProps('opensAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('calls.form.deadline', { zone })}
              description={deadlineInViewer ?? t('calls.form.deadlineHint')}
              withAsterisk
              step={1}
              {...form.getInputProps('deadline')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('calls.form.placesTitle')}>
          <PlacesEditor form={form} partners={partners} capacity={capacityFor(form.values)} />
        </Fieldset>

        <Fieldset legend={t('calls.form.eligibility')}>
          <EligibilityFields form={form} />
        </Fieldset>

        <Fieldset legend={t('calls.form.documents')}>
          <DocumentsEditor form={form} />
        </Fieldset>

        <Fieldset legend={t('calls.form.criteria')}>
          <CriteriaEditor form={form} />
        </Fieldset>

        {published && (
          <Textarea
            label={t('calls.form.changeReason')}
            description={t('calls.form.changeReasonHint')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={LIMITS.reason}
            {...form.getInputProps('changeReason')}
          />
        )}

        <FormActions
          submitLabel={call ? t('calls.form.save') : t('calls.form.create')}
          pending={save.isPending}
        />
      </Stack>
    </form>
  );
}
