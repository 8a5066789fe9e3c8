import { Anchor, DataList, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailItem, DetailSection } from '../../components/DetailSection';
import type { AgreementSide } from './api';
import { formatDate } from './text';

/** What one institution keeps of the agreement: its code, signer, signing date and contacts. */
export function SideDetails({ title, side }: { title: string; side: AgreementSide }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <DetailSection title={title}>
      <DataList>
        <DetailItem label={t('agreements.side.localId')}>{side.localId || none}</DetailItem>
        <DetailItem label={t('agreements.side.signer')}>
          {side.signerName || none}
          {side.signerEmail && (
            <>
              {' '}
              <Anchor href={`mailto:${side.signerEmail}`} size="sm">
                {side.signerEmail}
              </Anchor>
            </>
          )}
        </DetailItem>
        <DetailItem label={t('agreements.side.signingDate')}>
          {side.signingDate ? formatDate(side.signingDate) : t('agreements.side.notSigned')}
        </DetailItem>
        <DetailItem label={t('agreements.side.contacts')}>
          {side.contacts?.length ? (
            <List size="sm" spacing={2}>
              {side.contacts.map((contact, index) => (
                <List.Item key={index}>
                  {contact.name}
                  {contact.role && <Text span c="dimmed" size="sm">{` · ${contact.role}`}</Text>}
                  {contact.email && (
                    <>
                      {' · '}
                      <Anchor href={`mailto:${contact.email}`} size="sm">
                        {contact.email}
                      </Anchor>
                    </>
                  )}
                  {contact.phone && ` · ${contact.phone}`}
                </List.Item>
              ))}
            </List>
          ) : (
            none
          )}
        </DetailItem>
      </DataList>
    </DetailSection>
  );
}
