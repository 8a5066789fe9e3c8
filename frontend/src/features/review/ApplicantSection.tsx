import { DataList, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailItem, DetailSection } from '../../components/DetailSection';
import { useCountryNames, useLanguageNames } from '../reference';
import { formatDate } from '../../i18n';
import type { Schemas } from '../../api/client';
import { formatGrade } from './text';

const CYCLES = ['5', '6', '7', '8'] as const;

/** How to reach and identify the applicant: coordinators see it, evaluators never do. */
export interface ApplicantContact {
  email?: string;
  dateOfBirth?: string;
  citizenship?: string;
  phone?: string;
}

interface Props {
  name: string;
  /** What bears on the merit; the coordinators' profile has more, which this part ignores. */
  profile: Schemas['EvaluatedProfile'];
  /** Left out, the contact rows are not shown at all. */
  contact?: ApplicantContact;
  /** A staff call asks for no studies. */
  staffCall: boolean;
}

/** The applicant as the profile stood at submission; staff details only when given. */
export function ApplicantSection({ name, profile, contact, staffCall }: Props) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryNames();
  const languageName = useLanguageNames();
  const notGiven = (
    <Text span size="sm" c="dimmed">
      {t('review.applicant.notGiven')}
    </Text>
  );
  const value = (text: ReactNode | undefined) =>
    text === undefined || text === null || text === '' ? notGiven : text;
  const cycle = CYCLES.find((known) => known === String(profile.studyCycle));
  // Department and position show whenever they were given.
  const staff = staffCall || Boolean(profile.department || profile.position);

  return (
    <DetailSection title={t('review.applicant.title')}>
      <Text size="sm" c="dimmed">
        {t('review.applicant.snapshot')}
      </Text>
      <DataList>
        <DetailItem label={t('review.applicant.name')}>{name}</DetailItem>
        {contact && (
          <>
            <DetailItem label={t('review.applicant.email')}>{value(contact.email)}</DetailItem>
            <DetailItem label={t('review.applicant.dateOfBirth')}>
              {value(contact.dateOfBirth && formatDate(contact.dateOfBirth))}
            </DetailItem>
            <DetailItem label={t('review.applicant.citizenship')}>
              {value(contact.citizenship && countryName(contact.citizenship))}
            </DetailItem>
            <DetailItem label={t('review.applicant.phone')}>{value(contact.phone)}</DetailItem>
          </>
        )}
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
