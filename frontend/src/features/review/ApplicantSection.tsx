import { DataList, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailItem, DetailSection } from '../../components/DetailSection';
import { useCountryNames, useLanguageNames } from '../reference';
import { formatDate } from '../../i18n';
import type { ReviewApplication } from './api';
import { formatGrade } from './text';

const CYCLES = ['5', '6', '7', '8'] as const;

/** The applicant as the profile stood at submission; staff details only when given. */
export function ApplicantSection({ application }: { application: ReviewApplication }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryNames();
  const languageName = useLanguageNames();
  const { profile } = application;
  const notGiven = (
    <Text span size="sm" c="dimmed">
      {t('review.applicant.notGiven')}
    </Text>
  );
  const value = (text: ReactNode | undefined) =>
    text === undefined || text === null || text === '' ? notGiven : text;
  const cycle = CYCLES.find((known) => known === String(profile.studyCycle));
  // Staff calls ask for no studies; department and position show whenever they were given.
  const staffCall = application.call.mobilityType.startsWith('STAFF_');
  const staff = staffCall || Boolean(profile.department || profile.position);

  return (
    <DetailSection title={t('review.applicant.title')}>
      <Text size="sm" c="dimmed">
        {t('review.applicant.snapshot')}
      </Text>
      <DataList>
        <DetailItem label={t('review.applicant.name')}>{application.applicantName}</DetailItem>
        <DetailItem label={t('review.applicant.email')}>
          {value(application.applicantEmail ?? profile.email)}
        </DetailItem>
        <DetailItem label={t('review.applicant.dateOfBirth')}>
          {value(profile.dateOfBirth && formatDate(profile.dateOfBirth))}
        </DetailItem>
        <DetailItem label={t('review.applicant.citizenship')}>
          {value(profile.citizenship && countryName(profile.citizenship))}
        </DetailItem>
        <DetailItem label={t('review.applicant.phone')}>{value(profile.phone)}</DetailItem>
        {!staffCall && (
          <>
            <DetailItem label={t('review.applicant.programme')}>
              {value(profile.studyProgramme)}
            </DetailItem>
            <DetailItem label={t('review.applicant.cycle')}>
              {value(cycle && t(`review.applicant.cycles.${cycle}`))}
            </DetailItem>
            <DetailItem label={t('review.applicant.year')}>{value(profile.yearOfStudy)}</DetailItem>
            <DetailItem label={t('review.applicant.grade')}>
              {value(formatGrade(t, i18n.language, profile.gradeAverage, profile.gradeScale))}
            </DetailItem>
          </>
        )}
        <DetailItem label={t('review.applicant.languages')}>
          {profile.languages.length ? (
            <List size="sm" listStyleType="none" spacing={2}>
              {profile.languages.map(({ language, cefrLevel }) => (
                <List.Item key={language}>
                  {languageName(language)} {cefrLevel}
                </List.Item>
              ))}
            </List>
          ) : (
            notGiven
          )}
        </DetailItem>
        {staff && (
          <>
            <DetailItem label={t('review.applicant.department')}>
              {value(profile.department)}
            </DetailItem>
            <DetailItem label={t('review.applicant.position')}>
              {value(profile.position)}
            </DetailItem>
          </>
        )}
      </DataList>
    </DetailSection>
  );
}
