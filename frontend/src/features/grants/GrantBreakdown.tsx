import { Alert, Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconListCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GrantEstimate, GrantLine } from './api';
import { rateKeyOf, useGrantText, useMoney } from './text';

type DynamicT = (key: string, options?: Record<string, unknown>) => string;

/** The explanation's cell; on a phone also the row's header, as it names the line there. */
function Explanation({ phone, children }: { phone: boolean; children: ReactNode }) {
  return phone ? (
    <Table.Th scope="row" fw="normal" style={{ verticalAlign: 'top' }}>
      {children}
    </Table.Th>
  ) : (
    <Table.Td style={{ verticalAlign: 'top' }}>{children}</Table.Td>
  );
}

function LineTable({ lines, caption }: { lines: GrantLine[]; caption: string }) {
  const { t } = useTranslation();
  const dt = t as unknown as DynamicT;
  const { explain, code } = useGrantText();
  const { money } = useMoney();
  // On a phone the line's name heads its explanation: a column of its own (long words in ky and
  // kk, "Ұйымдастырушылық қолдау") would push the amounts out of the screen.
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Table verticalSpacing="sm" horizontalSpacing="xs" captionSide="top">
      <Table.Caption>
        <Text component="span" fw={600} c="var(--mantine-color-text)">
          {caption}
        </Text>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {!phone && <Table.Th>{t('grantEstimate.kind')}</Table.Th>}
          <Table.Th>{t('grantEstimate.explanation')}</Table.Th>
          <Table.Th ta="right">{t('grantEstimate.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, index) => (
          <Table.Tr key={`${line.kind}-${index}`} data-testid={`grant-line-${line.kind}`}>
            {!phone && (
              <Table.Th scope="row" fw={500} miw={90} style={{ verticalAlign: 'top' }}>
                {code('kind', line.kind)}
              </Table.Th>
            )}
            <Explanation phone={phone}>
              {phone && (
                <Text size="sm" fw={500}>
                  {code('kind', line.kind)}
                </Text>
              )}
              <Text size="sm">{explain(line.explanation)}</Text>
              {line.parts.length > 0 && (
                <Text size="xs" c="dimmed" mt={4}>
                  {line.parts
                    .map((part) =>
                      dt(`grant.unit.${part.unit}`, {
                        quantity: part.quantity,
                        rate: money(part.rate),
                      }),
                    )
                    .join(' + ')}
                </Text>
              )}
            </Explanation>
            <Table.Td
              ta="right"
              style={{
                verticalAlign: 'top',
                whiteSpace: line.amount === undefined ? 'normal' : 'nowrap',
              }}
              data-amount={line.amount}
            >
              {line.amount === undefined ? (
                <Text size="sm" c="dimmed" fs="italic">
                  {t('grantEstimate.notComputed')}
                </Text>
              ) : (
                money(line.amount)
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Marks a subtotal that leaves out lines which could not be computed. */
function IncompleteBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="light" tt="none" miw="max-content" data-testid="incomplete">
      {t('grantEstimate.incompleteBadge')}
    </Badge>
  );
}

/**
 * The estimate: the participant's total first (or, when a line cannot be computed, the subtotal of
 * the lines that can, marked incomplete, and the values the international office still has to
 * set), then each line explained, then what the institution gets.
 */
export function GrantBreakdown({ estimate }: { estimate: GrantEstimate }) {
  const { t } = useTranslation();
  const { explain, code, rateKey } = useGrantText();
  const { money, number } = useMoney();
  const participantLines = estimate.lines.filter((line) => line.recipient === 'PARTICIPANT');
  const institutionLines = estimate.lines.filter((line) => line.recipient === 'INSTITUTION');
  const complete = estimate.participantTotal !== undefined;
  const shownTotal = estimate.participantTotal ?? estimate.participantSubtotal;
  // the list of values to set says what these warnings say, once
  const warnings = estimate.warnings.filter(
    (warning) => warning.key !== 'grant.warning.valueUnknown',
  );

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" bg="var(--mantine-primary-color-light)">
        <Text size="sm" fw={500}>
          {complete ? t('grantEstimate.participantTotal') : t('grantEstimate.participantSubtotal')}
        </Text>
        <Group gap="sm" align="center" wrap="wrap">
          <Text
            fz={{ base: 28, sm: 34 }}
            fw={700}
            lh={1.2}
            data-testid="participant-total"
            data-amount={shownTotal}
            data-complete={complete}
          >
            {money(shownTotal)}
          </Text>
          {!complete && <IncompleteBadge />}
        </Group>
        {!complete && (
          <Text size="sm" mt={4} data-testid="participant-incomplete">
            {t('grantEstimate.participantSubtotalHint')}
          </Text>
        )}
        <Text size="sm" c="dimmed" mt={4}>
          {code('mobilityType', estimate.mobilityType)} · {code('flow', estimate.flow)}
        </Text>
      </Paper>

      {estimate.missingRates.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconListCheck aria-hidden />}
          title={t('grantEstimate.missingTitle')}
          data-testid="missing-rates"
        >
          <Text size="sm">{t('grantEstimate.missingIntro', { callYear: estimate.callYear })}</Text>
          <List size="sm" spacing={4} mt={4}>
            {estimate.missingRates.map((key) => (
              <List.Item key={rateKeyOf(key)}>{rateKey(rateKeyOf(key))}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Group gap="lg" wrap="wrap">
        <Text size="sm" data-testid="rate-table">
          {t('grantEstimate.rateTable', {
            callYear: estimate.callYear,
            version: estimate.rateTableVersion,
          })}
        </Text>
        <Text size="sm" data-testid="distance" data-km={estimate.distanceKm}>
          {t('grantEstimate.distance', { km: number(estimate.distanceKm) })}
        </Text>
        <Text size="sm">
          {t('grantEstimate.duration', { days: estimate.durationDays })} (
          {code('counting', estimate.counting)})
        </Text>
      </Group>

      {warnings.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('grantEstimate.warnings')}
          data-testid="grant-warnings"
        >
          <List size="sm" spacing={4}>
            {warnings.map((warning, index) => (
              <List.Item key={`${warning.key}-${index}`}>{explain(warning)}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Table.ScrollContainer
        minWidth={300}
        role="region"
        aria-label={t('grantEstimate.participantLines')}
      >
        <LineTable lines={participantLines} caption={t('grantEstimate.participantLines')} />
      </Table.ScrollContainer>

      {institutionLines.length > 0 && (
        <Paper
          withBorder
          p={{ base: 'xs', sm: 'md' }}
          radius="md"
          data-testid="institution-support"
        >
          <Group justify="space-between" align="baseline" wrap="wrap">
            <Title order={3} size="h5">
              {t('grantEstimate.institutionTotal')}
            </Title>
            {estimate.institutionTotal !== undefined ? (
              <Text fw={600} data-amount={estimate.institutionTotal}>
                {money(estimate.institutionTotal)}
              </Text>
            ) : (
              <Group gap="xs" wrap="nowrap">
                {institutionLines.some((line) => line.amount !== undefined) && (
                  <Text fw={600} data-amount={estimate.institutionSubtotal}>
                    {money(estimate.institutionSubtotal)}
                  </Text>
                )}
                <IncompleteBadge />
              </Group>
            )}
          </Group>
          <Text size="sm" c="dimmed" mb="xs">
            {t('grantEstimate.institutionTotalDescription')}
          </Text>
          <Table.ScrollContainer
            minWidth={300}
            role="region"
            aria-label={t('grantEstimate.institutionLines')}
          >
            <LineTable lines={institutionLines} caption={t('grantEstimate.institutionLines')} />
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
