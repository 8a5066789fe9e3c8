import {
  Anchor,
  Button,
  DataList,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowLeft, IconPencil, IconRestore } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { useCurrentUser } from '../../auth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageState } from '../../components/PageState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, localizedName, useLanguage } from '../../i18n';
import { PartnerWebhookPanel } from '../notifications/PartnerWebhookPanel';
import { useCountryNames, useLanguageNames } from '../reference';
import { useChangeStatus, useInstitution, type Institution, type StatusAction } from './api';
import { LoadError } from '../../components/LoadError';
import { StatusBadge } from './StatusBadge';
import { WebsiteLink } from './WebsiteLink';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

export function PartnerDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useInstitution(id);
  const language = useLanguage();
  usePageTitle(query.data ? localizedName(query.data, language) : t('partners.manageTitle'));

  let content;
  if (query.isPending) content = <PageState kind="loading" />;
  else if (query.isError)
    content = (
      <LoadError
        error={query.error}
        notFound={t('partners.detail.notFound')}
        onRetry={() => void query.refetch()}
        asPage
      />
    );
  else content = <PartnerDetail institution={query.data} onStale={() => void query.refetch()} />;

  return (
    <Stack>
      <Anchor component={Link} to="/manage/partners" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('partners.manageTitle')}
        </Group>
      </Anchor>
      {content}
    </Stack>
  );
}

function PartnerDetail({
  institution,
  onStale,
}: {
  institution: Institution;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const user = useCurrentUser();
  const countryName = useCountryNames();
  const changeStatus = useChangeStatus();
  const [dialogOpen, setDialogOpen] = useState(false);
  // The dialog keeps its action while it closes, when the status has already changed.
  const [dialogAction, setDialogAction] = useState<StatusAction>('archive');

  const name = localizedName(institution, language);
  const action: StatusAction = institution.status === 'ACTIVE' ? 'archive' : 'restore';
  const languageName = useLanguageNames();
  const collator = new Intl.Collator(language);
  const otherNames = Object.entries(institution.otherNames ?? {})
    .map(([code, otherName]) => ({ code, otherName, label: languageName(code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const contacts = institution.contacts ?? [];

  const confirm = () => {
    changeStatus.mutate(
      { institution, action: dialogAction },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message: t(`partners.${dialogAction}.done`, { name: localizedName(saved, language) }),
          }),
        onError: (error) => {
          const stale = error instanceof ApiProblem && error.status === 409;
          notifications.show({
            color: 'red',
            title: stale ? t('partners.stale.title') : t('common.errorTitle'),
            message: stale ? t('partners.stale.message') : t('common.errorDescription'),
          });
          if (stale) onStale();
        },
        onSettled: () => setDialogOpen(false),
      },
    );
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1}>{name}</Title>
            <StatusBadge status={institution.status} />
          </Group>
          {name !== institution.name && <Text c="dimmed">{institution.name}</Text>}
        </div>
        {user.hasAnyRole('coordinator') && (
          <Group>
            <Button
              component={Link}
              to={`/manage/partners/${institution.id}/edit`}
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('common.edit')}
            </Button>
            <Button
              variant="light"
              color={action === 'archive' ? 'red' : undefined}
              leftSection={
                action === 'archive' ? (
                  <IconArchive size={16} aria-hidden />
                ) : (
                  <IconRestore size={16} aria-hidden />
                )
              }
              onClick={() => {
                setDialogAction(action);
                setDialogOpen(true);
              }}
            >
              {t(`partners.${action}.action`)}
            </Button>
          </Group>
        )}
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('partners.detail.identifiers')}>
          <DataList>
            <Item label={t('partners.form.erasmusCode')}>
              {institution.erasmusCode || t('common.none')}
            </Item>
            <Item label={t('partners.form.schacCode')}>
              {institution.schacCode || t('common.none')}
            </Item>
            <Item label={t('partners.form.pic')}>{institution.pic || t('common.none')}</Item>
            <Item label={t('partners.form.website')}>
              <WebsiteLink url={institution.website} />
            </Item>
          </DataList>
        </Section>
        <Section title={t('partners.detail.location')}>
          <DataList>
            <Item label={t('partners.form.country')}>
              {countryName(institution.countryCode, institution.countryName)}
            </Item>
            <Item label={t('partners.form.city')}>{institution.city}</Item>
            <Item label={t('partners.detail.coordinates')}>
              {institution.latitude}, {institution.longitude}
            </Item>
          </DataList>
        </Section>
      </SimpleGrid>

      {otherNames.length > 0 && (
        <Section title={t('partners.detail.otherNames')}>
          <DataList>
            {otherNames.map(({ code, otherName, label }) => (
              <Item key={code} label={label}>
                <span lang={code}>{otherName}</span>
              </Item>
            ))}
          </DataList>
        </Section>
      )}

      <Section title={t('partners.detail.contacts')}>
        {contacts.length === 0 ? (
          <Text c="dimmed">{t('partners.detail.noContacts')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {contacts.map((contact, index) => (
              <Paper key={index} withBorder p="sm" bg="gray.0">
                <Text fw={500}>{contact.name}</Text>
                {contact.role && (
                  <Text size="sm" c="dimmed">
                    {contact.role}
                  </Text>
                )}
                {contact.email && (
                  <Anchor href={`mailto:${contact.email}`} size="sm" display="block">
                    {contact.email}
                  </Anchor>
                )}
                {contact.phone && <Text size="sm">{contact.phone}</Text>}
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Section>

      <Section title={t('partners.detail.notes')}>
        {institution.notes ? (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{institution.notes}</Text>
        ) : (
          <Text c="dimmed">{t('partners.detail.noNotes')}</Text>
        )}
      </Section>

      {user.hasAnyRole('admin') && <PartnerWebhookPanel institutionId={institution.id} />}

      <Text size="sm" c="dimmed">
        {t('partners.detail.changed', { date: formatDateTime(institution.updatedAt) })}
      </Text>

      <ConfirmDialog
        opened={dialogOpen}
        title={t(`partners.${dialogAction}.title`)}
        message={t(`partners.${dialogAction}.message`, { name })}
        confirmLabel={t(`partners.${dialogAction}.action`)}
        danger={dialogAction === 'archive'}
        loading={changeStatus.isPending}
        onConfirm={confirm}
        onCancel={() => setDialogOpen(false)}
      />
    </Stack>
  );
}
