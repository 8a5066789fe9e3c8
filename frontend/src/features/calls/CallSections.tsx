import { DataList, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailItem, DetailSection } from '../../components/DetailSection';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useInstitutionNames, useLanguageNames } from '../reference';
import type {
  CallDuration,
  CallEligibility,
  CallMobilityType,
  CallPartner,
  RequiredDocument,
} from './api';
import { isStaffType } from './api';
import { useCallText } from './text';

export interface PlaceRow {
  partner: CallPartner;
  places: number;
  agreementMobilitiesPerYear?: number;
  overrideReason?: string;
}

/** The places per partner; with the internal columns (agreements, override reasons) for staff. */
export function PlacesSection({ places, internal }: { places: PlaceRow[]; internal?: boolean }) {
  const { t } = useTranslation();
  const names = useInstitutionNames();
  const total = places.reduce((sum, place) => sum + place.places, 0);
  return (
    <DetailSection title={t('calls.detail.places')}>
      {places.length === 0 ? (
        <Text c="dimmed">{t('calls.detail.noPlaces')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('calls.detail.placesTotal', { count: total })}
          </Text>
          <ResponsiveTable
            label={t('calls.detail.places')}
            items={places}
            keyOf={(place) => place.partner.id}
            minWidth={internal ? 720 : 420}
            primary={{
              key: 'partner',
              header: t('calls.detail.partner'),
              render: (place) => (
                <Text size="sm" fw={500}>
                  {names.name(place.partner)}
                </Text>
              ),
            }}
            columns={[
              {
                key: 'country',
                header: t('calls.detail.country'),
                render: (place) => `${place.partner.city}, ${names.country(place.partner)}`,
              },
              {
                key: 'places',
                header: t('calls.detail.placesCount'),
                render: (place) => place.places,
              },
              ...(internal
                ? [
                    {
                      key: 'agreement',
                      header: t('calls.detail.agreement'),
                      render: (place: PlaceRow) =>
                        place.agreementMobilitiesPerYear === undefined
                          ? t('calls.detail.noAgreement')
                          : t('calls.detail.agreementMobilities', {
                              mobilities: place.agreementMobilitiesPerYear,
                            }),
                    },
                    {
                      key: 'override',
                      header: t('calls.detail.overrideReason'),
                      render: (place: PlaceRow) => place.overrideReason || t('common.none'),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
    </DetailSection>
  );
}

interface RulesProps {
  mobilityType: CallMobilityType;
  duration: CallDuration;
  eligibility: CallEligibility;
  maxPreferences: number;
}

/** Who may apply, how long a mobility lasts and how many partners an applicant may rank. */
export function EligibilitySection({
  mobilityType,
  duration,
  eligibility,
  maxPreferences,
}: RulesProps) {
  const { t } = useTranslation();
  const text = useCallText();
  const languageName = useLanguageNames();
  const none = t('calls.detail.noCondition');
  const staff = isStaffType(mobilityType);
  return (
    <DetailSection title={t('calls.detail.eligibility')}>
      <DataList>
        {!staff && (
          <>
            <DetailItem label={t('calls.detail.studyCycles')}>
              {eligibility.eqfLevels?.length
                ? eligibility.eqfLevels.map((level) => text.cycle(level)).join(', ')
                : none}
            </DetailItem>
            <DetailItem label={t('calls.detail.minimumYear')}>
              {eligibility.minimumYearOfStudy
                ? t('calls.detail.minimumYearValue', { year: eligibility.minimumYearOfStudy })
                : none}
            </DetailItem>
            <DetailItem label={t('calls.detail.minimumGrade')}>
              {eligibility.minimumGrade
                ? t('calls.detail.gradeOf', {
                    value: text.number(eligibility.minimumGrade.value),
                    scale: text.number(eligibility.minimumGrade.scaleMax),
                  })
                : none}
            </DetailItem>
          </>
        )}
        {staff && (
          <DetailItem label={t('calls.detail.staffCategories')}>
            {eligibility.staffCategories?.length
              ? eligibility.staffCategories
                  .map((category) => text.staffCategory(category))
                  .join(', ')
              : none}
          </DetailItem>
        )}
        <DetailItem label={t('calls.detail.languages')}>
          {eligibility.languages?.length ? (
            <List size="sm" spacing={2}>
              {eligibility.languages.map((requirement) => (
                <List.Item key={requirement.language}>
                  {t('calls.detail.languageLevel', {
                    language: languageName(requirement.language),
                    level: requirement.cefrLevel,
                  })}
                </List.Item>
              ))}
            </List>
          ) : (
            none
          )}
        </DetailItem>
        <DetailItem label={t('calls.detail.duration')}>{text.duration(duration)}</DetailItem>
        <DetailItem label={t('calls.detail.maxPreferences')}>{maxPreferences}</DetailItem>
      </DataList>
    </DetailSection>
  );
}

/** The documents applicants upload, with the formats and sizes accepted. */
export function DocumentsSection({ documents }: { documents: RequiredDocument[] }) {
  const { t } = useTranslation();
  const text = useCallText();
  return (
    <DetailSection title={t('calls.detail.documents')}>
      {documents.length === 0 ? (
        <Text c="dimmed">{t('calls.detail.noDocuments')}</Text>
      ) : (
        <ResponsiveTable
          label={t('calls.detail.documents')}
          items={documents.map((document, index) => ({ ...document, index }))}
          keyOf={(document) => String(document.index)}
          minWidth={560}
          primary={{
            key: 'name',
            header: t('calls.detail.document'),
            render: (document) => (
              <Text size="sm" fw={500}>
                {text.documentName(document)}
              </Text>
            ),
          }}
          columns={[
            {
              key: 'mandatory',
              header: t('calls.detail.required'),
              render: (document) =>
                document.mandatory ? t('calls.detail.mandatory') : t('calls.detail.optional'),
            },
            {
              key: 'formats',
              header: t('calls.detail.formats'),
              render: (document) => document.formats.join(', '),
            },
            {
              key: 'maxSize',
              header: t('calls.detail.maxSize'),
              render: (document) => text.megabytes(document.maxSizeBytes),
            },
          ]}
        />
      )}
    </DetailSection>
  );
}

/** The call's description as the office wrote it, line breaks kept. */
export function DescriptionSection({ description }: { description: Record<string, string> }) {
  const { t } = useTranslation();
  const text = useCallText();
  const shown = text.text(description);
  return (
    <DetailSection title={t('calls.detail.description')}>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{shown || t('calls.detail.noDescription')}</Text>
    </DetailSection>
  );
}
