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

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The keys of i18next plurals ("total_one", "total_other") by their base ("total"). */
function pluralForms(entries: Map<string, string>): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const key of entries.keys()) {
    const match = PLURAL.exec(key);
    if (!match) continue;
    const base = key.slice(0, match.index);
    forms.set(base, [...(forms.get(base) ?? []), match[1]].sort());
  }
  return forms;
}

const englishPlurals = pluralForms(english);

describe.each(LANGUAGES)('plurals in $name', ({ code }) => {
  it("has exactly the language's plural forms, with the placeholders of English", () => {
    const categories = [...new Intl.PluralRules(code).resolvedOptions().pluralCategories].sort();
    const translated = flatten(messages[code]);
    expect(englishPlurals.size).toBeGreaterThan(0);
    expect(pluralForms(translated)).toEqual(
      new Map([...englishPlurals.keys()].map((base) => [base, categories])),
    );
    for (const [base, forms] of pluralForms(translated)) {
      for (const form of forms) {
        expect(placeholders(translated.get(`${base}_${form}`) ?? ''), `${base}_${form}`).toEqual(
          placeholders(english.get(`${base}_other`) ?? ''),
        );
      }
    }
  });
});

describe.each(LANGUAGES.filter(({ code }) => code !== 'en'))('messages in $name', ({ code }) => {
  const translated = flatten(messages[code]);
  const singular = (key: string) => !PLURAL.test(key);

  it('has every English key, translated, with the same placeholders', () => {
    const missing = [...english.keys()]
      .filter(singular)
      .filter((key) => !translated.get(key)?.trim());
    expect(missing).toEqual([]);
    for (const [key, text] of english) {
      if (singular(key))
        expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('has no key that English lacks', () => {
    const unknown = [...translated.keys()].filter((key) =>
      singular(key) ? !english.has(key) : !englishPlurals.has(key.replace(PLURAL, '')),
    );
    expect(unknown).toEqual([]);
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
