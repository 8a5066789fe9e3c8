import type { QueryClient } from '@tanstack/react-query';
import { ApiProblem, type FieldError } from '../../api/problem';
import {
  applicationKey,
  fetchApplication,
  saveDraft,
  type MyApplication,
  type MyApplicationInput,
} from './api';
import { Autosaver } from './autosave';
import { clearDraft, readDraft, storeDraft, type DraftValues } from './draftStorage';

export type { DraftValues } from './draftStorage';

export const AUTOSAVE_DELAY = 800;

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed' };

export interface DraftSnapshot {
  values: DraftValues;
  state: SaveState;
  /** The last save's refusal (422), field by field. */
  errors: FieldError[];
  /** The detail of a refusal without field errors. */
  refusal?: string;
  /** Reading the server's copy after a stale save failed. */
  reloadFailed?: boolean;
  /** The server's copy replaced the input after a stale save (409). */
  stale: boolean;
}

export function valuesOf(application: MyApplication): DraftValues {
  return {
    preferences: application.preferences.map((partner) => partner.id),
    plannedStart: application.plannedStart ?? null,
    plannedEnd: application.plannedEnd ?? null,
    motivation: application.motivation ?? '',
  };
}

function toInput(values: DraftValues, version: number): MyApplicationInput {
  return {
    version,
    preferences: values.preferences,
    plannedStart: values.plannedStart || undefined,
    plannedEnd: values.plannedEnd || undefined,
    motivation: values.motivation || undefined,
  };
}

const same = (a: DraftValues, b: DraftValues) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The editable part of one draft application, saved by itself: some time after the last change,
 * one save at a time, with the version the last save returned. Unsaved input waits in session
 * storage. Each answer becomes the cached application (so its checklist follows) but never
 * overwrites what is being typed, except after a 409, when the server's copy replaces the input.
 */
export class DraftSession {
  private readonly id: string;
  private readonly client: QueryClient;
  private readonly saver: Autosaver<DraftValues>;
  private readonly listeners = new Set<() => void>();
  private version: number;
  private snapshot: DraftSnapshot;
  /** Input restored from session storage, not on the server yet. */
  private readonly restored: boolean;

  constructor(
    application: MyApplication,
    editable: boolean,
    client: QueryClient,
    delay = AUTOSAVE_DELAY,
  ) {
    this.id = application.id;
    this.client = client;
    this.version = application.version;
    const stored = editable ? readDraft(application.id) : undefined;
    const server = valuesOf(application);
    const values = stored && stored.version === application.version ? stored.values : server;
    this.restored = !same(values, server);
    this.snapshot = { values, state: { kind: 'idle' }, errors: [], stale: false };
    this.saver = new Autosaver((input) => this.send(input), delay);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  /** Saves input restored after a reload as soon as the page is back. */
  start() {
    if (this.restored && !this.saver.busy) {
      this.saver.change(this.snapshot.values);
      this.update({ state: { kind: 'saving' } });
    }
  }

  /** Leaving the page sends what waits rather than dropping it. */
  stop() {
    this.saver.flush();
  }

  change<F extends keyof DraftValues>(field: F, value: DraftValues[F]) {
    const values = { ...this.snapshot.values, [field]: value };
    storeDraft(this.id, this.version, values);
    this.saver.change(values);
    this.update({
      values,
      stale: false,
      state: { kind: 'saving' },
      errors: this.snapshot.errors.filter((error) => !error.field.startsWith(field)),
    });
  }

  retry() {
    this.saver.change(this.snapshot.values);
    this.saver.flush();
  }

  /** Sends what waits and resolves once every save has ended. */
  settle() {
    return this.saver.idle();
  }

  /** After a change of the documents: take the server's version when no save is under way. */
  adopt(fresh: MyApplication) {
    if (!this.saver.busy) this.version = fresh.version;
  }

  dismissStale() {
    this.update({ stale: false });
  }

  private update(change: Partial<DraftSnapshot>) {
    this.snapshot = { ...this.snapshot, ...change };
    this.listeners.forEach((listener) => listener());
  }

  private async send(input: DraftValues) {
    this.update({ state: { kind: 'saving' } });
    try {
      const saved = await saveDraft(this.id, toInput(input, this.version));
      this.version = saved.version;
      this.client.setQueryData(applicationKey(this.id), saved);
      if (same(input, this.snapshot.values)) clearDraft(this.id);
      else storeDraft(this.id, saved.version, this.snapshot.values);
      this.update({ errors: [], refusal: undefined, state: { kind: 'saved', at: new Date() } });
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) {
        await this.reload();
        return;
      }
      if (error instanceof ApiProblem && error.status < 500 && error.status > 0) {
        this.update({
          errors: error.errors,
          refusal: error.errors.length > 0 ? undefined : (error.detail ?? error.message),
          state: { kind: 'failed' },
        });
        return;
      }
      this.update({ state: { kind: 'failed' } });
    }
  }

  private async reload() {
    this.saver.discard();
    clearDraft(this.id);
    try {
      const fresh = await fetchApplication(this.id);
      this.client.setQueryData(applicationKey(this.id), fresh);
      this.version = fresh.version;
      this.update({
        values: valuesOf(fresh),
        errors: [],
        refusal: undefined,
        reloadFailed: false,
        stale: true,
        state: { kind: 'idle' },
      });
    } catch {
      this.update({ reloadFailed: true, state: { kind: 'failed' } });
    }
  }
}
