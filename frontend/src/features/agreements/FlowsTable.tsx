import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { isStudent, type Agreement, type AgreementFlow } from './api';
import { useCodeNames } from './codeNames';
import { useAgreementParties, useAgreementText } from './text';

interface Row {
  key: string;
  flow: AgreementFlow;
}

function useColumns(agreement: Agreement): Column<Row>[] {
  const { t } = useTranslation();
  const { years } = useAgreementText();
  const parties = useAgreementParties(agreement);
  const names = useCodeNames();
  const none = t('common.none');
  return [
    {
      key: 'direction',
      header: t('agreements.flows.direction'),
      render: ({ flow }) =>
        t('agreements.flows.from', {
          sending: parties.of(flow.sendingInstitutionId),
          receiving: parties.of(flow.receivingInstitutionId),
        }),
    },
    {
      key: 'years',
      header: t('agreements.flows.years'),
      render: ({ flow }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {years(flow.firstAcademicYear, flow.lastAcademicYear)}
        </Text>
      ),
    },
    {
      key: 'mobilities',
      header: t('agreements.flows.mobilitiesPerYear'),
      render: ({ flow }) => flow.mobilitiesPerYear,
    },
    {
      key: 'duration',
      header: t('agreements.flows.durationPerYear'),
      render: ({ flow }) =>
        isStudent(flow.mobilityType)
          ? t('agreements.flows.months', { count: flow.totalMonthsPerYear ?? 0 })
          : t('agreements.flows.days', { count: flow.totalDaysPerYear ?? 0 }),
    },
    {
      key: 'subjectAreas',
      header: t('agreements.flows.subjectAreas'),
      render: ({ flow }) =>
        flow.subjectAreas?.length ? (
          <List size="sm" spacing={2}>
            {flow.subjectAreas.map((area) => (
              <List.Item key={area.iscedCode}>
                {names.isced(area.iscedCode ?? '')}
                {area.clarification && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({area.clarification})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        ) : (
          none
        ),
    },
    {
      key: 'eqf',
      header: t('agreements.flows.eqfLevels'),
      render: ({ flow }) => flow.eqfLevels?.join(', ') || none,
    },
    {
      key: 'languages',
      header: t('agreements.flows.languages'),
      render: ({ flow }) =>
        flow.languageSkills?.length ? (
          <List size="sm" spacing={2}>
            {flow.languageSkills.map((skill) => (
              <List.Item key={`${skill.language}/${skill.iscedCode ?? ''}`}>
                {t('agreements.flows.languageLevel', {
                  language: names.language(skill.language ?? ''),
                  level: skill.cefrLevel,
                })}
                {skill.iscedCode && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({names.isced(skill.iscedCode)})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        ) : (
          none
        ),
    },
    {
      key: 'blended',
      header: t('agreements.flows.blended'),
      render: ({ flow }) =>
        isStudent(flow.mobilityType)
          ? t(flow.blendedAllowed ? 'agreements.yes' : 'agreements.no')
          : none,
    },
    {
      key: 'otherTerms',
      header: t('agreements.flows.otherTerms'),
      render: ({ flow }) => (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {flow.otherTerms || none}
        </Text>
      ),
    },
  ];
}

/** The cooperation conditions: one row per flow (by default those of the version in force). */
export function FlowsTable({
  agreement,
  flows = agreement.flows,
  label,
}: {
  agreement: Agreement;
  flows?: AgreementFlow[];
  /** The table's accessible name, when the page shows more than one set of conditions. */
  label?: string;
}) {
  const { t } = useTranslation();
  const { mobilityType } = useAgreementText();
  const columns = useColumns(agreement);
  if (flows.length === 0) {
    return <Text c="dimmed">{t('agreements.flows.none')}</Text>;
  }
  return (
    <ResponsiveTable
      label={label ?? t('agreements.flows.title')}
      items={flows.map((flow, index) => ({ key: String(index), flow }))}
      keyOf={(row) => row.key}
      primary={{
        key: 'type',
        header: t('agreements.flows.type'),
        render: ({ flow }) => (
          <Text size="sm" fw={500}>
            {mobilityType(flow.mobilityType)}
          </Text>
        ),
      }}
      columns={columns}
      minWidth={1200}
    />
  );
}
