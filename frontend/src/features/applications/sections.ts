import type { Schemas } from '../../api/client';
import type { MyApplicationChecklistItem } from './api';

type Requirement = Schemas['CallRequiredDocument'];

/** The element ids of the application page's sections, which the checklist jumps to. */
export const SECTION_IDS = {
  PREFERENCES: 'application-preferences',
  PERIOD: 'application-period',
  MOTIVATION: 'application-motivation',
  DOCUMENTS: 'application-documents',
} as const;

export const documentSectionId = (index: number) => `application-document-${index}`;

/** Whether a requirement of the call is the one a document or checklist item is for. */
export function isRequirement(
  requirement: Requirement,
  type: Schemas['DocumentType'] | undefined,
  otherLabel: string | undefined,
): boolean {
  if (requirement.type !== type) return false;
  return type !== 'OTHER' || !otherLabel || requirement.label?.en === otherLabel;
}

/** The index of the call's requirement a checklist item is about, or -1. */
export function requirementIndex(requirements: Requirement[], item: MyApplicationChecklistItem) {
  return requirements.findIndex((requirement) =>
    isRequirement(requirement, item.documentType, item.otherLabel),
  );
}

/** Every mandatory item is complete. */
export function checklistComplete(checklist: MyApplicationChecklistItem[]): boolean {
  return checklist.every((item) => item.complete || !item.mandatory);
}

/** Scrolls to a section and puts the focus there, for keyboard and screen-reader users. */
export function jumpTo(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const target =
    element.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button') ?? element;
  target.focus({ preventScroll: true });
}
