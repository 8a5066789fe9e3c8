import { useTranslation } from 'react-i18next';
import { formatNumber, useLanguage } from '../../i18n';
import type {
  CallDuration,
  CallMobilityType,
  CallStatus,
  DocumentType,
  RequiredDocument,
  StaffCategory,
} from './api';

const BYTES_PER_MB = 1024 * 1024;

/** Megabytes (of 1,048,576 bytes, as the API's 20 MiB limit counts) as bytes. */
export function megabytesToBytes(megabytes: number): number {
  return Math.round(megabytes * BYTES_PER_MB);
}

/** Bytes as megabytes, to two decimals at most: 5242880 → 5. */
export function bytesToMegabytes(bytes: number): number {
  return Math.round((bytes / BYTES_PER_MB) * 100) / 100;
}

/** A text the office wrote in several languages: the interface language's, else the English one. */
export function pickText(texts: Record<string, string> | undefined, language: string): string {
  return texts?.[language]?.trim() || texts?.en || '';
}

/** The part names of the change log, which the API names after the call's fields. */
export const CALL_PARTS = [
  'title',
  'description',
  'mobilityType',
  'direction',
  'academicYear',
  'projectId',
  'places',
  'eligibility',
  'documents',
  'criteria',
  'maxPreferences',
  'opensAt',
  'deadline',
] as const;

/** Names of a call's codes in the interface language. */
export function useCallText() {
  const { t } = useTranslation();
  const language = useLanguage();
  return {
    language,
    text: (texts: Record<string, string> | undefined) => pickText(texts, language),
    status: (status: CallStatus) => t(`calls.status.${status}`),
    mobilityType: (type: CallMobilityType) => t(`calls.mobilityType.${type}`),
    cycle: (level: number) =>
      [5, 6, 7, 8].includes(level) ? t(`calls.eqfCycle.${level as 5 | 6 | 7 | 8}`) : String(level),
    staffCategory: (category: StaffCategory) => t(`calls.staffCategory.${category}`),
    documentType: (type: DocumentType) => t(`documentTypes.${type}`),
    /** What the document is: its label in the interface language, else its type's name. */
    documentName: (document: RequiredDocument) =>
      pickText(document.label, language) || t(`documentTypes.${document.type}`),
    duration: (duration: CallDuration) =>
      t(`calls.duration.${duration.unit}`, { min: duration.minimum, max: duration.maximum }),
    number: (value: number) => formatNumber(value, language),
    megabytes: (bytes: number) =>
      t('calls.detail.sizeMb', { size: formatNumber(bytesToMegabytes(bytes), language) }),
    part: (name: string) =>
      (CALL_PARTS as readonly string[]).includes(name)
        ? t(`calls.part.${name as (typeof CALL_PARTS)[number]}`)
        : name,
  };
}
