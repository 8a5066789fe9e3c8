import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'title' in body;
}

/** An RFC 9457 problem the API answered with, thrown by every failed call of the typed client. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly type?: string;
  readonly detail?: string;
  readonly errors: FieldError[];

  constructor(status: number, body: unknown) {
    const problem = isProblem(body) ? body : undefined;
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.type = problem?.type;
    this.detail = problem?.detail ?? undefined;
    this.errors = problem?.errors ?? [];
  }

  hasFieldError(field: string): boolean {
    return this.errors.some((error) => error.field === field);
  }

  /** The same problem with each field error changed, e.g. its message translated from its code. */
  withErrors(change: (error: FieldError) => FieldError): ApiProblem {
    return new ApiProblem(this.status, {
      type: this.type,
      title: this.message,
      status: this.status,
      detail: this.detail,
      errors: this.errors.map(change),
    });
  }
}

/**
 * Turns the JSON path the API uses for a field ("contacts[0].email", "otherNames[ru]") into the
 * dotted path of form values ("contacts.0.email", "otherNames.ru").
 */
export function toFormPath(field: string): string {
  return field
    .replace(/\[([^\]]*)\]/g, '.$1')
    .replace(/\.?<[^>]*>/g, '')
    .replace(/^\./, '');
}

/** Field errors keyed by form path; several messages for one field are joined. */
export function fieldErrorsByPath(errors: FieldError[]): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const { field, message } of errors) {
    const path = toFormPath(field);
    byPath[path] = byPath[path] ? `${byPath[path]}; ${message}` : message;
  }
  return byPath;
}

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const segment of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(segment in node)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

export interface FormErrors {
  /** Messages for fields the form shows, keyed by form path. */
  fieldErrors: Record<string, string>;
  /** Messages the form has no field for, as "field: message". */
  otherErrors: string[];
}

/** Sorts the field errors of a problem into those a form can show beside a field and the rest. */
export function problemToFormErrors(problem: ApiProblem, values: unknown): FormErrors {
  const fieldErrors: Record<string, string> = {};
  const otherErrors: string[] = [];
  for (const [path, message] of Object.entries(fieldErrorsByPath(problem.errors))) {
    if (hasPath(values, path)) fieldErrors[path] = message;
    else otherErrors.push(`${path}: ${message}`);
  }
  return { fieldErrors, otherErrors };
}
