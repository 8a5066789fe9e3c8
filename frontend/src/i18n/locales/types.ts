import type { en } from './en';

/** i18next plural forms besides English "one" and "other" that a language may need (Russian: few, many). */
type MorePluralForms<K> = K extends `${infer Base}_other`
  ? `${Base}_${'zero' | 'two' | 'few' | 'many'}`
  : never;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> } & {
  [K in MorePluralForms<keyof T>]?: string;
};

/** The shape every language must fill: the English keys, each with a translated string. */
export type Messages = Shape<typeof en>;
