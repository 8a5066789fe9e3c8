import {
  Alert,
  Box,
  Button,
  Grid,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconClockPause } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { localizedName, useLanguage } from '../../i18n';
import {
  EstimateProblem,
  MOBILITY_TYPES,
  useGrantEstimate,
  usePlaces,
  type GrantEstimateInput,
  type GrantPlace,
  type MobilityType,
} from './api';
import { GrantBreakdown } from './GrantBreakdown';
import { EMPTY_PLACE, type InstitutionOptions, type PlaceValue } from './place';
import { PlaceField } from './PlaceField';
import { useGrantText } from './text';
import { callYearsOf, useRateTableVersions } from '../rateTables/api';

interface FormState {
  callYear: string;
  mobilityType: MobilityType;
  sending: PlaceValue;
  receiving: PlaceValue;
  startDate: string;
  endDate: string;
  greenTravel: boolean;
  travelDays: number | string;
  fewerOpportunities: boolean;
}

const INITIAL: FormState = {
  callYear: '2024',
  mobilityType: 'STUDENT_STUDIES',
  sending: EMPTY_PLACE,
  receiving: EMPTY_PLACE,
  startDate: '',
  endDate: '',
  greenTravel: false,
  travelDays: 0,
  fewerOpportunities: false,
};

/** The fields of the form a message of the API can stand beside. */
const FIELDS = [
  'callYear',
  'mobilityType',
  'sending',
  'receiving',
  'startDate',
  'endDate',
  'travelDays',
  'greenTravel',
  'fewerOpportunities',
] as const;
type Field = (typeof FIELDS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toNumber(value: number | string): number | undefined {
  if (value === '' || value === '-') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function toPlace(place: PlaceValue, institutionId: string | null): GrantPlace | null {
  if (place.mode === 'institution') return institutionId ? { institutionId } : null;
  const latitude = toNumber(place.latitude);
  const longitude = toNumber(place.longitude);
  if (!place.countryCode || latitude === undefined || longitude === undefined) return null;
  return { countryCode: place.countryCode, latitude, longitude };
}

/** The public "What grant will I get?" page: anyone estimates a KA171 grant, line by line. */
export function GrantEstimatePage() {
  const { t } = useTranslation();
  usePageTitle(t('grantEstimate.title'));
  const language = useLanguage();
  const { explain } = useGrantText();
  const { home, partners } = usePlaces();
  const rateTables = useRateTableVersions();
  const callYears = callYearsOf(rateTables.data ?? []);
  const [form, setForm] = useState<FormState>(INITIAL);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const sendingId =
    form.sending.institutionId === undefined ? (home.data?.id ?? null) : form.sending.institutionId;
  const receivingId = form.receiving.institutionId ?? null;

  const institutions: InstitutionOptions = useMemo(() => {
    const groups: InstitutionOptions = [];
    const label = (
      institution: { name: string; otherNames?: Record<string, string> } & {
        city?: string;
      },
    ) =>
      institution.city
        ? `${localizedName(institution, language)} · ${institution.city}`
        : localizedName(institution, language);
    if (home.data) {
      groups.push({
        group: t('grantEstimate.homeGroup'),
        items: [{ value: home.data.id, label: label(home.data) }],
      });
    }
    const partnerItems = (partners.data?.items ?? [])
      .filter((partner) => partner.id !== home.data?.id)
      .map((partner) => ({ value: partner.id, label: label(partner) }));
    if (partnerItems.length > 0) {
      groups.push({ group: t('grantEstimate.partnersGroup'), items: partnerItems });
    }
    return groups;
  }, [home.data, partners.data, language, t]);

  const input: GrantEstimateInput | null = useMemo(() => {
    const sending = toPlace(form.sending, sendingId);
    const receiving = toPlace(form.receiving, receivingId);
    const travelDays = toNumber(form.travelDays);
    if (!sending || !receiving || travelDays === undefined) return null;
    if (!ISO_DATE.test(form.startDate) || !ISO_DATE.test(form.endDate)) return null;
    return {
      callYear: Number(form.callYear),
      mobilityType: form.mobilityType,
      sending,
      receiving,
      startDate: form.startDate,
      endDate: form.endDate,
      greenTravel: form.greenTravel,
      travelDays,
      fewerOpportunities: form.fewerOpportunities,
    };
  }, [form, sendingId, receivingId]);
  const [debounced] = useDebouncedValue(input, 400);
  const estimate = useGrantEstimate(debounced);
  const waiting = input !== debounced || (debounced !== null && estimate.isFetching);

  const problem = estimate.error instanceof EstimateProblem ? estimate.error : undefined;
  const rejected = problem && (problem.status === 400 || problem.status === 422);

  // Messages of the API beside the fields they name; the rest above the result.
  const { fieldErrors, otherErrors } = useMemo(() => {
    const byField: Partial<Record<string, string>> = {};
    const others: string[] = [];
    if (!rejected || !problem) return { fieldErrors: byField, otherErrors: others };
    for (const error of problem.errors) {
      const message = error.code
        ? explain({ key: error.code, args: error.args ?? {}, text: error.message })
        : error.message;
      const path = error.field.replace(/\[(\w+)\]/g, '.$1');
      const [head] = path.split('.');
      if (!(FIELDS as readonly string[]).includes(head)) {
        others.push(message);
        continue;
      }
      byField[path] = byField[path] ? `${byField[path]}; ${message}` : message;
    }
    return { fieldErrors: byField, otherErrors: others };
  }, [problem, rejected, explain]);
  const fieldError = (field: Field) => fieldErrors[field];
  const placeErrors = (side: 'sending' | 'receiving') => ({
    place: fieldErrors[side] ?? fieldErrors[`${side}.institutionId`],
    countryCode: fieldErrors[`${side}.countryCode`],
    latitude: fieldErrors[`${side}.latitude`],
    longitude: fieldErrors[`${side}.longitude`],
  });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('grantEstimate.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('grantEstimate.intro')}
        </Text>
      </div>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md" component="form" onSubmit={(event) => event.preventDefault()}>
            <Title order={2} size="h4">
              {t('grantEstimate.mobility')}
            </Title>
            <Select
              label={t('grantEstimate.callYear')}
              description={t('grantEstimate.callYearDescription')}
              data={(callYears.length ? callYears : [Number(form.callYear)]).map(String)}
              value={form.callYear}
              onChange={(year) => year && set('callYear', year)}
              allowDeselect={false}
              error={fieldError('callYear')}
              maw={220}
            />
            <Select
              label={t('grantEstimate.mobilityType')}
              data={MOBILITY_TYPES.map((type) => ({
                value: type,
                label: t(`grant.mobilityType.${type}`),
              }))}
              value={form.mobilityType}
              onChange={(type) => type && set('mobilityType', type)}
              allowDeselect={false}
              error={fieldError('mobilityType')}
            />
            <PlaceField
              legend={t('grantEstimate.sending')}
              value={form.sending}
              institutionId={sendingId}
              onChange={(place) => set('sending', place)}
              institutions={institutions}
              errors={placeErrors('sending')}
              testId="place-sending"
            />
            <PlaceField
              legend={t('grantEstimate.receiving')}
              value={form.receiving}
              institutionId={receivingId}
              onChange={(place) => set('receiving', place)}
              institutions={institutions}
              errors={placeErrors('receiving')}
              testId="place-receiving"
            />
            <SimpleGrid cols={2} spacing="sm">
              <TextInput
                type="date"
                label={t('grantEstimate.startDate')}
                data-testid="start-date"
                value={form.startDate}
                onChange={(event) => set('startDate', event.currentTarget.value)}
                error={fieldError('startDate')}
              />
              <TextInput
                type="date"
                label={t('grantEstimate.endDate')}
                data-testid="end-date"
                value={form.endDate}
                onChange={(event) => set('endDate', event.currentTarget.value)}
                error={fieldError('endDate')}
              />
            </SimpleGrid>
            <NumberInput
              label={t('grantEstimate.travelDays')}
              description={t('grantEstimate.travelDaysDescription')}
              value={form.travelDays}
              onChange={(days) => set('travelDays', days)}
              min={0}
              max={6}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              error={fieldError('travelDays')}
              maw={220}
            />
            <Switch
              label={t('grantEstimate.greenTravel')}
              description={t('grantEstimate.greenTravelDescription')}
              checked={form.greenTravel}
              onChange={(event) => set('greenTravel', event.currentTarget.checked)}
              error={fieldError('greenTravel')}
            />
            <Switch
              label={t('grantEstimate.fewerOpportunities')}
              description={t('grantEstimate.fewerOpportunitiesDescription')}
              checked={form.fewerOpportunities}
              onChange={(event) => set('fewerOpportunities', event.currentTarget.checked)}
              error={fieldError('fewerOpportunities')}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md" component="section" aria-labelledby="grant-result-title">
            <Group gap="sm" justify="space-between" wrap="nowrap">
              <Title order={2} size="h4" id="grant-result-title">
                {t('grantEstimate.result')}
              </Title>
              <Box role="status" aria-live="polite" data-testid="estimate-status">
                {waiting && (
                  <Group gap={6} wrap="nowrap">
                    <Loader size="xs" aria-hidden />
                    <Text size="sm" c="dimmed">
                      {t('grantEstimate.calculating')}
                    </Text>
                  </Group>
                )}
              </Box>
            </Group>
            <EstimateResult
              input={debounced}
              estimate={estimate}
              problem={problem}
              rejected={Boolean(rejected)}
              otherErrors={otherErrors}
            />
            <Text size="xs" c="dimmed">
              {t('grantEstimate.disclaimer')}
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

interface ResultProps {
  input: GrantEstimateInput | null;
  estimate: ReturnType<typeof useGrantEstimate>;
  problem?: EstimateProblem;
  rejected: boolean;
  otherErrors: string[];
}

function EstimateResult({ input, estimate, problem, rejected, otherErrors }: ResultProps) {
  const { t } = useTranslation();
  if (input === null) {
    return <PageState kind="info" description={t('grantEstimate.incomplete')} />;
  }
  if (problem?.status === 429) {
    return (
      <Alert
        role="alert"
        color="orange"
        icon={<IconClockPause aria-hidden />}
        data-testid="estimate-rate-limited"
      >
        <Stack gap="sm" align="flex-start">
          {problem.retryAfterSeconds === undefined
            ? t('grantEstimate.tooManyRequestsNoTime')
            : t('grantEstimate.tooManyRequests', { seconds: problem.retryAfterSeconds })}
          <Button variant="default" size="xs" onClick={() => void estimate.refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (rejected) {
    return (
      <Alert
        role="alert"
        color="red"
        icon={<IconAlertTriangle aria-hidden />}
        data-testid="estimate-refused"
      >
        {t('grantEstimate.refused')}
        {otherErrors.length > 0 && (
          <Box component="ul" m={0} mt="xs" pl="md">
            {otherErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </Box>
        )}
      </Alert>
    );
  }
  if (estimate.isError) {
    return <PageState kind="error" onRetry={() => void estimate.refetch()} />;
  }
  if (!estimate.data) {
    return <PageState kind="loading" />;
  }
  return (
    <Box
      style={{ opacity: estimate.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}
      aria-busy={estimate.isPlaceholderData}
    >
      <VisuallyHidden>{t('grantEstimate.result')}</VisuallyHidden>
      <GrantBreakdown estimate={estimate.data} />
    </Box>
  );
}
