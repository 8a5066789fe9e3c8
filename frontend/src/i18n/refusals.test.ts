import { describe, expect, it } from 'vitest';
import { REFUSAL_ARGS } from '../components/refusalText';
import { LANGUAGES, messages } from './languages';
import codes from './refusalCodes.json';

/** Every refusal the backend can send, with its arguments: written by the backend's RefusalCodesTest. */
const refusals = Object.entries(codes as Record<string, string[]>);

function message(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      tree,
    );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
}

describe('refusal codes of the backend', () => {
  it('are listed, the call places refusal among them', () => {
    expect(refusals.length).toBeGreaterThan(50);
    expect(codes).toHaveProperty(['call.places.noAgreementInForce']);
  });

  it('have arguments the SPA knows how to show', () => {
    const unknown = refusals.flatMap(([code, args]) =>
      args.filter((name) => !(name in REFUSAL_ARGS)).map((name) => `${code}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  describe.each(LANGUAGES)('in $name', ({ code: language }) => {
    it('each has a message that uses only its arguments', () => {
      for (const [code, args] of refusals) {
        const text = message(messages[language].refusals, code);
        expect(typeof text, `refusals.${code}`).toBe('string');
        expect(args, `refusals.${code}`).toEqual(
          expect.arrayContaining(placeholders(text as string)),
        );
      }
    });
  });

  it('are the only messages of the refusals section', () => {
    const leaves = (tree: unknown, prefix = ''): string[] =>
      typeof tree === 'string'
        ? [prefix]
        : Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
            leaves(value, prefix ? `${prefix}.${key}` : key),
          );
    expect(leaves(messages.en.refusals).sort()).toEqual(refusals.map(([code]) => code).sort());
  });
});
