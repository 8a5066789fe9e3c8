import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailSection } from '../../components/DetailSection';
import { PageState } from '../../components/PageState';
import {
  useAgreementDiff,
  type Agreement,
  type Amendment,
  type FieldChange,
  type FlowChange,
} from './api';
import { useAgreementParties, useAgreementText } from './text';

const KIND_COLORS: Record<NonNullable<FlowChange['kind']>, string> = {
  ADDED: 'teal',
  REMOVED: 'red',
  CHANGED: 'blue',
};

const KNOWN_FIELDS = [
  'firstAcademicYear',
  'lastAcademicYear',
  'mobilitiesPerYear',
  'totalMonthsPerYear',
  'totalDaysPerYear',
  'subjectAreas',
  'eqfLevels',
  'languageSkills',
  'blendedAllowed',
  'otherTerms',
] as const;

function useChangeText() {
  const { t } = useTranslation();
  const value = (field: string | undefined, text: string | undefined) => {
    if (text === undefined || text === null) return t('common.none');
    if (field === 'blendedAllowed') return t(text === 'yes' ? 'agreements.yes' : 'agreements.no');
    return text;
  };
  return (change: FieldChange, kind: FlowChange['kind']) => {
    const known = KNOWN_FIELDS.find((field) => field === change.field);
    const label = known ? t(`agreements.diff.field.${known}`) : (change.field ?? '');
    if (kind === 'ADDED') return `${label}: ${value(change.field, change.after)}`;
    if (kind === 'REMOVED') return `${label}: ${value(change.field, change.before)}`;
    return t('agreements.diff.changed', {
      field: label,
      before: value(change.field, change.before),
      after: value(change.field, change.after),
    });
  };
}

function Changes({ changes, kind }: { changes: FieldChange[]; kind?: FlowChange['kind'] }) {
  const text = useChangeText();
  return (
    <List size="sm" spacing={2}>
      {changes.map((change) => (
        <List.Item key={change.field} style={{ overflowWrap: 'anywhere' }}>
          {text(change, kind)}
        </List.Item>
      ))}
    </List>
  );
}

/** What the amendment changes in the conditions of the version in force. */
export function VersionDiff({
  agreement,
  amendment,
}: {
  agreement: Agreement;
  amendment: Amendment;
}) {
  const { t } = useTranslation();
  const { mobilityType } = useAgreementText();
  const parties = useAgreementParties(agreement);
  const query = useAgreementDiff(agreement.id, amendment.conditionsNumber);
  const title = t('agreements.diff.title', { number: agreement.conditionsNumber });

  let body;
  if (query.isPending) body = <PageState kind="loading" />;
  else if (query.isError) body = <PageState kind="error" onRetry={() => void query.refetch()} />;
  else if (query.data.changes.length === 0 && query.data.flows.length === 0)
    body = <Text c="dimmed">{t('agreements.diff.none')}</Text>;
  else
    body = (
      <Stack gap="sm">
        {query.data.changes.length > 0 && <Changes changes={query.data.changes} />}
        {query.data.flows.map((flow, index) => (
          <Paper key={index} withBorder p="sm" component="article">
            <Group gap="xs" mb={4}>
              {flow.kind && (
                <Badge size="sm" variant="light" color={KIND_COLORS[flow.kind]} miw="max-content">
                  {t(`agreements.diff.kind.${flow.kind}`)}
                </Badge>
              )}
              <Text fw={500} size="sm">
                {t('agreements.diff.flow', {
                  type: flow.mobilityType ? mobilityType(flow.mobilityType) : '',
                  sending: parties.of(flow.sendingInstitutionId),
                  receiving: parties.of(flow.receivingInstitutionId),
                })}
              </Text>
            </Group>
            <Changes changes={flow.changes ?? []} kind={flow.kind} />
          </Paper>
        ))}
      </Stack>
    );

  return <DetailSection title={title}>{body}</DetailSection>;
}
