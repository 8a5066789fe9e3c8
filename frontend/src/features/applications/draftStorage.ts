/**
 * Input typed into an application and not saved yet, kept in the tab's session storage so that a
 * reload during the wait before a save loses nothing. Removed once the server has it.
 */
export interface DraftValues {
  preferences: string[];
  plannedStart: string | null;
  plannedEnd: string | null;
  motivation: string;
}

interface Stored {
  /** The version the input was typed on. */
  version: number;
  values: DraftValues;
}

const key = (applicationId: string) => `mobility-desk.application-draft.${applicationId}`;

export function storeDraft(applicationId: string, version: number, values: DraftValues): void {
  try {
    sessionStorage.setItem(key(applicationId), JSON.stringify({ version, values }));
  } catch {
    // Storage full or refused (private mode): the autosave still runs.
  }
}

export function readDraft(applicationId: string): Stored | undefined {
  try {
    const text = sessionStorage.getItem(key(applicationId));
    if (!text) return undefined;
    const stored = JSON.parse(text) as Stored;
    return typeof stored.version === 'number' && stored.values ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(applicationId: string): void {
  try {
    sessionStorage.removeItem(key(applicationId));
  } catch {
    // nothing to do
  }
}
