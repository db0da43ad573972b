import type { TFunction } from 'i18next';

/**
 * An importer's short title for menus and the journal; an importer added later without one
 * shows the command line's description of it, which every language has.
 */
export function importerTitle(t: TFunction, name: string): string {
  return t(`imports.importer.${name}`, { defaultValue: t(`cli:importers.${name}`, { defaultValue: name }) });
}
