import { describe, expect, it } from 'vitest';
import { LANGUAGES, messages } from './languages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
}

const english = flatten(messages.en);

describe.each(LANGUAGES.filter(({ code }) => code !== 'en'))('messages in $name', ({ code }) => {
  const translated = flatten(messages[code]);

  it('has every English key, translated, with the same placeholders', () => {
    const missing = [...english.keys()].filter((key) => !translated.get(key)?.trim());
    expect(missing).toEqual([]);
    for (const [key, text] of english) {
      expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('has no key that English lacks', () => {
    expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('names all 14 partner regions and both statuses', () => {
    for (let region = 1; region <= 14; region++) {
      expect(translated.get(`regions.${region}`)).toBeTruthy();
    }
    expect(translated.get('status.ACTIVE')).toBeTruthy();
    expect(translated.get('status.ARCHIVED')).toBeTruthy();
  });

  it('is translated rather than copied from English', () => {
    const copied = [...english].filter(
      ([key, text]) =>
        /[a-z]{4,}/.test(text.replace(/\{\{\w+\}\}/g, '')) &&
        translated.get(key) === text &&
        key !== 'app.name',
    );
    expect(copied).toEqual([]);
  });
});
