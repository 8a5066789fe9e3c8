import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useRefusalText } from '../../components/refusalText';
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
  const { t: typedT } = useTranslation();
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

  const refusal = useRefusalText();
  /** A checklist problem (key) or a refusal (code) in the interface language. */
  const problem = useCallback(
    (problem: { key?: string; code?: string; args?: Record<string, string>; message: string }) =>
      refusal({ code: problem.key ?? problem.code, args: problem.args, message: problem.message }),
    [refusal],
  );

  const problems = useCallback(
    (list: MyApplicationChecklistProblem[]) => list.map((entry) => problem(entry)),
    [problem],
  );

  return { documentName, itemName, problem, problems, language };
}
