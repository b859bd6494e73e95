/** The four nations of the UK, as the council register names them. */
export const NATIONS = Object.freeze(['England', 'Scotland', 'Wales', 'Northern Ireland'] as const);
export type NationName = (typeof NATIONS)[number];

/** Enum-style keys (GraphQL enum values) for each nation. */
export const NATION_KEYS = Object.freeze({
  ENGLAND: 'England',
  SCOTLAND: 'Scotland',
  WALES: 'Wales',
  NORTHERN_IRELAND: 'Northern Ireland',
} as const satisfies Record<string, NationName>);
export type NationKey = keyof typeof NATION_KEYS;

export function nationKeyOf(name: string): NationKey | undefined {
  return (Object.keys(NATION_KEYS) as NationKey[]).find((key) => NATION_KEYS[key] === name);
}
