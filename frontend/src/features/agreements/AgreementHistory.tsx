import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDateTime } from '../../i18n';
import type { Agreement, AgreementTransition } from './api';
import { wasApproved } from './lifecycle';
import { HashCode } from '../../components/HashCode';
import { useAgreementText } from './text';

/** The versions of the conditions, newest first, marking the approved one (in force) or the current one, and the amendment. */
export function VersionList({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const versions = [...agreement.versions].sort((a, b) => b.number - a.number);
  return (
    <ResponsiveTable
      label={t('agreements.versions.title')}
      items={versions}
      keyOf={(version) => String(version.number)}
      minWidth={560}
      primary={{
        key: 'number',
        header: t('agreements.versions.number'),
        render: (version) => (
          <Group gap={4}>
            <Text size="sm" fw={500}>
              {t('agreements.versions.label', { number: version.number })}
            </Text>
            {version.number === agreement.conditionsNumber &&
              (wasApproved(agreement) ? (
                <Badge size="xs" variant="light" color="teal" miw="max-content">
                  {t('agreements.versions.approved')}
                </Badge>
              ) : (
                <Badge size="xs" variant="light" miw="max-content">
                  {t('agreements.versions.current')}
                </Badge>
              ))}
            {version.number === agreement.amendment?.conditionsNumber && (
              <Badge size="xs" variant="outline" miw="max-content">
                {t('agreements.versions.amendment')}
              </Badge>
            )}
          </Group>
        ),
      }}
      columns={[
        {
          key: 'hash',
          header: t('agreements.versions.hash'),
          render: (version) => (
            <HashCode
              hash={version.contentHash}
              label={t('agreements.hash.full', { hash: version.contentHash })}
            />
          ),
        },
        {
          key: 'created',
          header: t('agreements.versions.created'),
          render: (version) =>
            t('agreements.byOn', {
              name: version.createdBy,
              date: formatDateTime(version.createdAt),
            }),
        },
      ]}
    />
  );
}

/** Every transition: who, when, what, from which status to which, and why. */
export function TransitionList({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const { status } = useAgreementText();
  const change = (transition: AgreementTransition) => {
    const to = status(transition.toStatus);
    const moved =
      transition.fromStatus && transition.fromStatus !== transition.toStatus
        ? t('agreements.history.fromTo', { from: status(transition.fromStatus), to })
        : to;
    return transition.amendment
      ? t('agreements.history.withAmendment', {
          status: moved,
          amendment: t(`agreements.amendment.status.${transition.amendment}`),
        })
      : moved;
  };
  const transitions = [...agreement.transitions].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ResponsiveTable<AgreementTransition>
      label={t('agreements.history.title')}
      items={transitions}
      keyOf={(transition) => `${transition.at}/${transition.action}`}
      minWidth={800}
      primary={{
        key: 'at',
        header: t('agreements.history.at'),
        render: (transition) => (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(transition.at)}
          </Text>
        ),
      }}
      columns={[
        {
          key: 'actor',
          header: t('agreements.history.actor'),
          render: (transition) => transition.actor,
        },
        {
          key: 'action',
          header: t('agreements.history.action'),
          render: (transition) => t(`agreements.action.${transition.action}`),
        },
        {
          key: 'change',
          header: t('agreements.history.change'),
          render: change,
        },
        {
          key: 'version',
          header: t('agreements.versions.number'),
          render: (transition) =>
            t('agreements.versions.label', { number: transition.conditionsNumber }),
        },
        {
          key: 'comment',
          header: t('agreements.history.comment'),
          render: (transition) => (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {transition.comment || t('common.none')}
            </Text>
          ),
        },
      ]}
    />
  );
}
