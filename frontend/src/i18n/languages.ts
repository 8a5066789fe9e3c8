import { en } from './locales/en';
import { kk } from './locales/kk';
import { ky } from './locales/ky';
import { ru } from './locales/ru';

/** Each language is named in itself, so these names read the same in every interface language. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
  { code: 'ky', name: 'Кыргызча' },
  { code: 'kk', name: 'Қазақша' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const messages = { en, ru, ky, kk } as const;

export function isLanguage(code: unknown): code is Language {
  return LANGUAGES.some((language) => language.code === code);
}
