import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n';
import type { Language } from '../../i18n/languages';
import type { MyApplicationChecklistItem, MyApplicationChecklistProblem } from './api';

/** Translates a key the API chose at run time; unknown keys are checked with i18n.exists first. */
type DynamicT = (key: string, options?: Record<string, unknown>) => string;

/** A text the IRO wrote in several languages: the interface language, else English, else any. */
export function localized(texts: Record<string, string> | undefined, language: Language): string {
  if (!texts) return '';
  return texts[language] || texts.en || Object.values(texts).find(Boolean) || '';
}

function intlLocale(language: Language) {
  return language === 'en' ? 'en-GB' : language;
}

/** An instant in a time zone (the viewer's when absent), e.g. "31 Mar 2027, 23:59". */
export function formatInZone(instant: string, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));
}

/** The viewer's time zone, as the browser knows it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function formatTime(instant: Date, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeStyle: 'short' }).format(instant);
}

/** File extensions and media types a requirement's formats accept. */
export const FORMAT_FILES: Record<
  Schemas['DocumentFormat'],
  { extensions: string[]; mime: string }
> = {
  PDF: { extensions: ['pdf'], mime: 'application/pdf' },
  JPEG: { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg' },
  PNG: { extensions: ['png'], mime: 'image/png' },
};

/** Names, checklist items and the server's messages in the interface language. */
export function useApplicationText() {
  const { t: typedT, i18n } = useTranslation();
  const t = typedT as unknown as DynamicT;
  const language = useLanguage();

  const documentName = useCallback(
    (type: Schemas['DocumentType'], label?: Record<string, string> | string) => {
      if (type === 'OTHER' && label) {
        return typeof label === 'string' ? label : localized(label, language);
      }
      return t(`documentTypes.${type}`);
    },
    [t, language],
  );

  const itemName = useCallback(
    (item: MyApplicationChecklistItem, requirementLabel?: Record<string, string>) =>
      item.item === 'DOCUMENT' && item.documentType
        ? documentName(item.documentType, requirementLabel ?? item.otherLabel)
        : t(`applications.checklist.item.${item.item}`),
    [documentName, t],
  );

  /** The server's message by its key when there is a translation, else its English text. */
  const problem = useCallback(
    (problem: {
      field?: string;
      key?: string;
      code?: string;
      args?: Record<string, string>;
      message: string;
    }) => {
      const key = problem.key ?? problem.code;
      let path = key ? `applications.problems.${key.replace(/^application\./, '')}` : undefined;
      // "is missing" is said of either date; the field tells which.
      if (key === 'application.period.missing') {
        path = `applications.problems.period.${problem.field === 'plannedEnd' ? 'missingEnd' : 'missingStart'}`;
      }
      if (!path || !i18n.exists(path)) return problem.message;
      const args = { ...problem.args };
      if (args.profileField && i18n.exists(`applications.profileField.${args.profileField}`)) {
        args.profileField = t(`applications.profileField.${args.profileField}`);
      }
      if (args.unit === 'MONTHS' || args.unit === 'DAYS') {
        args.unit = t(`applications.period.unit.${args.unit}`);
      }
      if (args.type && i18n.exists(`documentTypes.${args.type}`)) {
        args.type = t(`documentTypes.${args.type}`);
      }
      return t(path, args);
    },
    [i18n, t],
  );

  const problems = useCallback(
    (list: MyApplicationChecklistProblem[]) => list.map((entry) => problem(entry)),
    [problem],
  );

  return { documentName, itemName, problem, problems, language };
}

/** A calendar date (ISO), e.g. "1 Feb 2027", without time-zone shifts. */
export function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
