import type { TFunction } from 'i18next';
import type { Schemas } from '../../api/client';
import { formatNumber } from '../../i18n';
import type { InstitutionNames } from '../reference';

type Preference = Schemas['ReviewPreference'];

/** A text the IRO entered in several languages: the interface language, else English, else any. */
export function localizedText(texts: Record<string, string> | undefined, language: string): string {
  if (!texts) return '';
  return texts[language]?.trim() || texts.en?.trim() || Object.values(texts).find(Boolean) || '';
}

/** The ranked choices, first choice first, whatever order they came in: "1. University of Tartu (Estonia)". */
export function preferencesText(preferences: Preference[], names: InstitutionNames): string[] {
  return [...preferences]
    .sort((a, b) => a.rank - b.rank)
    .map(({ rank, partner }) => `${rank}. ${names.name(partner)} (${names.country(partner)})`);
}

/** "4.3 of 5" (in Russian "4,3 из 5"); the average alone without a scale; undefined without one. */
export function formatGrade(
  t: TFunction,
  locale: string,
  average: number | undefined,
  scale: number | undefined,
): string | undefined {
  if (average === undefined || average === null) return undefined;
  if (scale === undefined || scale === null) return formatNumber(average, locale);
  return t('review.applicant.gradeOf', {
    average: formatNumber(average, locale),
    scale: formatNumber(scale, locale),
  });
}

function withoutPath(name: string): string {
  return name.split(/[\\/]/).pop()?.trim() ?? '';
}

/**
 * The file name of a Content-Disposition header (RFC 6266): the UTF-8 filename* when present
 * and readable, else the quoted or bare filename; never a path; undefined when there is none.
 */
export function fileNameFromContentDisposition(
  header: string | null | undefined,
): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended && /^utf-8$/i.test(extended[1].trim())) {
    try {
      const name = withoutPath(decodeURIComponent(extended[2].trim()));
      if (name) return name;
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header);
  const raw = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2];
  const name = raw ? withoutPath(raw) : '';
  return name || undefined;
}
