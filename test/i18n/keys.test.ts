import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/core/validation/issues.ts';
import { LANGUAGES, NAMESPACES, RESOURCES } from '../../src/i18n/index.ts';
import { IMPORTERS } from '../../src/io/importers/registry.ts';

type Tree = { [k: string]: string | Tree };

function flatten(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  for (const ns of NAMESPACES) {
    it(`namespace "${ns}" has the same keys and placeholders in French, Arabic and English`, () => {
      const fr = flatten(RESOURCES.fr[ns] as Tree);
      for (const lang of LANGUAGES) {
        const other = flatten(RESOURCES[lang][ns] as Tree);
        expect([...other.keys()].sort(), `${lang}/${ns}.json`).toEqual([...fr.keys()].sort());
        for (const [k, v] of other) {
          expect(v.trim(), `${lang}/${ns}.json: ${k} is empty`).not.toBe('');
          expect(vars(v), `${lang}/${ns}.json: placeholders of ${k}`).toEqual(vars(fr.get(k) ?? ''));
        }
      }
    });
  }

  it('every validation issue has a sentence in every language', () => {
    for (const lang of LANGUAGES) {
      const issues = flatten(RESOURCES[lang].issues as Tree);
      for (const code of Object.keys(ISSUE_CODES)) expect(issues.has(code), `${lang}: issues.${code}`).toBe(true);
    }
  });

  it('every importer and each of its options is described in every language', () => {
    for (const lang of LANGUAGES) {
      const cli = flatten(RESOURCES[lang].cli as Tree);
      for (const i of IMPORTERS) {
        expect(cli.has(`importers.${i.name}`), `${lang}: cli.importers.${i.name}`).toBe(true);
        for (const key of Object.keys(i.options.shape)) {
          expect(cli.has(`options.${i.name}.${key}`), `${lang}: cli.options.${i.name}.${key}`).toBe(true);
        }
      }
    }
  });
});
