import type { en } from './en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The shape every language must fill: the English keys, each with a translated string. */
export type Messages = Shape<typeof en>;
