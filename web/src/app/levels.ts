import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { CountryDetail, Level } from '../api/types.ts';
import { useResource } from './useResource.ts';

/**
 * A territory with its levels, and how to name a level or a kind of unit in the interface
 * language: the shared translations first (`common:levels`, `common:kinds`), then the names the
 * territory itself declares (a country created by hand may have levels of its own).
 */
export function useTerritory(country: string | null) {
  const { t, i18n } = useTranslation();
  const res = useResource((s) => (country ? api.country(country, s) : Promise.resolve(null)), [country]);
  const levels = res.data?.levels ?? [];
  const declared = (l: Level | undefined) => (l ? (l.names[i18n.language as keyof Level['names']] ?? l.names.fr) : undefined);
  return {
    ...res,
    territory: res.data as CountryDetail | null | undefined,
    levels,
    /** Levels that have no parent level: where the tree starts (regions). */
    rootLevels: levels.filter((l) => l.parents.length === 0),
    rank: (id: string) => levels.find((l) => l.id === id)?.rank ?? 99,
    levelName: (id: string) => t(`common:levels.${id}`, { defaultValue: declared(levels.find((l) => l.id === id)) ?? id }),
    kindName: (kind: string | null) => (kind ? t(`common:kinds.${kind}`, { defaultValue: kind }) : ''),
  };
}

export type Territory = ReturnType<typeof useTerritory>;
