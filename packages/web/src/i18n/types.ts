/** The same tree with every leaf widened to string: the shape every language must fill. */
export type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };
