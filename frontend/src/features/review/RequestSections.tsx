import { DataList, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailItem, DetailSection } from '../../components/DetailSection';
import { formatDate } from '../../i18n';
import { useInstitutionNames } from '../reference';
import type { ReviewPreference } from './api';
import { preferencesText } from './text';

interface ChoicesProps {
  /** The call applied to, as the reader may follow it (a link for coordinators). */
  call: ReactNode;
  application: { preferences: ReviewPreference[]; plannedStart?: string; plannedEnd?: string };
}

/** What the applicant asked for: the call, the ranked partners and the planned period. */
export function ChoicesSection({ call, application }: ChoicesProps) {
  const { preferences, plannedStart, plannedEnd } = application;
  const { t } = useTranslation();
  const names = useInstitutionNames();
  return (
    <DetailSection title={t('review.detail.call')}>
      <DataList>
        <DetailItem label={t('review.detail.call')}>{call}</DetailItem>
        <DetailItem label={t('review.detail.preferences')}>
          {preferences.length ? (
            <List size="sm" listStyleType="none" spacing={2}>
              {preferencesText(preferences, names).map((text) => (
                <List.Item key={text}>{text}</List.Item>
              ))}
            </List>
          ) : (
            t('review.detail.noPreferences')
          )}
        </DetailItem>
        <DetailItem label={t('review.detail.period')}>
          {plannedStart && plannedEnd
            ? t('review.detail.periodValue', {
                start: formatDate(plannedStart),
                end: formatDate(plannedEnd),
              })
            : t('review.detail.noPeriod')}
        </DetailItem>
      </DataList>
    </DetailSection>
  );
}

/** The applicant's motivation, with its line breaks. */
export function MotivationSection({ motivation }: { motivation?: string }) {
  const { t } = useTranslation();
  return (
    <DetailSection title={t('review.detail.motivation')}>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {motivation || t('review.detail.noMotivation')}
      </Text>
    </DetailSection>
  );
}
