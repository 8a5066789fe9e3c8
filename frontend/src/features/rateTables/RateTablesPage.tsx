import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { callYearsOf, useRateTable, useRateTableVersions } from './api';
import { EmptyValues } from './EmptyValues';
import { NewCallYearDialog } from './NewCallYearDialog';
import { RateValues } from './RateValues';
import { RateValuesEditor } from './RateValuesEditor';
import { VersionComparison } from './VersionComparison';
import { VersionHistory } from './VersionHistory';

/**
 * The grant rates of each call year: its versions (who, when, why, final or not), the values of
 * one version, a comparison of two, and for administrators the editor that makes the next version.
 * The call year, shown version and compared versions are in the address, so a view can be shared.
 */
export function RateTablesPage() {
  const { t } = useTranslation();
  usePageTitle(t('rateTables.title'));
  const admin = useCurrentUser().hasAnyRole('admin');
  const versions = useRateTableVersions();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const [creating, setCreating] = useState(false);

  const all = versions.data ?? [];
  const callYears = callYearsOf(all);
  const callYear = Number(params.get('year')) || callYears[0];
  const yearVersions = all.filter((version) => version.callYear === callYear);
  const newest = yearVersions[0]?.version;
  const shown = Number(params.get('version')) || newest;
  const table = useRateTable(yearVersions.length ? callYear : undefined, shown);

  const show = (changes: Record<string, number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined) next.delete(name);
      else next.set(name, String(value));
    }
    setParams(next, { replace: true });
  };

  let content;
  if (versions.isError) {
    content = <PageState kind="error" onRetry={() => void versions.refetch()} />;
  } else if (versions.isPending) {
    content = <PageState kind="loading" />;
  } else if (yearVersions.length === 0) {
    content = (
      <PageState kind="empty" title={t('rateTables.noTable', { year: params.get('year') ?? '' })} />
    );
  } else {
    content = (
      <>
        {admin && (
          <Card withBorder component="section" aria-labelledby="rate-empty">
            <Title order={2} size="h3" id="rate-empty">
              {t('rateTables.emptyTitle')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('rateTables.emptyIntro')}
            </Text>
            <EmptyValues versions={all} />
          </Card>
        )}
        <Card withBorder component="section" aria-labelledby="rate-history">
          <Title order={2} size="h3" id="rate-history" mb="sm">
            {t('rateTables.historyOf', { year: callYear })}
          </Title>
          <VersionHistory
            versions={yearVersions}
            shown={shown}
            canFinalise={admin}
            onShow={(version) => {
              setEditing(false);
              show({ version: version === newest ? undefined : version });
            }}
          />
        </Card>
        {yearVersions.length > 1 && (
          <Card withBorder component="section" aria-labelledby="rate-compare">
            <Title order={2} size="h3" id="rate-compare" mb="sm">
              {t('rateTables.compareTitle')}
            </Title>
            <VersionComparison
              callYear={callYear}
              versions={yearVersions}
              from={Number(params.get('from')) || yearVersions[1].version}
              to={Number(params.get('to')) || newest}
              onChange={(from, to) => show({ from, to })}
            />
          </Card>
        )}
        <Card withBorder component="section" aria-labelledby="rate-values">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3" id="rate-values">
              {t('rateTables.valuesOf', { version: shown, year: callYear })}
            </Title>
            {admin && shown === newest && !editing && (
              <Button
                leftSection={<IconEdit size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('rateTables.edit')}
              </Button>
            )}
          </Group>
          {shown !== newest && (
            <Text size="sm" c="dimmed" mb="sm">
              {t('rateTables.olderVersion', { newest })}
            </Text>
          )}
          {table.isError ? (
            <PageState kind="error" onRetry={() => void table.refetch()} />
          ) : !table.data ? (
            <PageState kind="loading" />
          ) : editing ? (
            <RateValuesEditor
              key={table.data.summary.version}
              table={table.data}
              onCancel={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                show({ version: undefined, from: undefined, to: undefined });
              }}
            />
          ) : (
            <RateValues values={table.data.values} />
          )}
        </Card>
      </>
    );
  }

  return (
    <Stack>
      <Title order={1}>{t('rateTables.title')}</Title>
      <Text c="dimmed">{t('rateTables.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('rateTables.callYear')}
          data={callYears.map(String)}
          value={callYear ? String(callYear) : null}
          onChange={(year) => {
            setEditing(false);
            if (year) setParams({ year }, { replace: true });
          }}
          allowDeselect={false}
          w={160}
        />
        {admin && (
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('rateTables.newCallYear')}
          </Button>
        )}
      </Group>
      {content}
      {creating && (
        <NewCallYearDialog
          opened
          callYears={callYears}
          onClose={() => setCreating(false)}
          onCreated={(year) => {
            setCreating(false);
            setEditing(false);
            setParams({ year: String(year) }, { replace: true });
          }}
        />
      )}
    </Stack>
  );
}
