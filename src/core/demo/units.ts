import type { LevelId, Names } from '../territory/types.ts';
import type { Layout } from './layout.ts';
import type { NameMaker } from './names.ts';

/** One unit of the demo territory before it becomes records: code, names, parent, communes. */
export interface DemoUnit {
  level: LevelId;
  code: string;
  kind: string | null;
  names: Names;
  parent: { code: string; level: LevelId } | null;
  /** Indices of the communes it covers (itself, for a commune): what its counts sum over. */
  communes: number[];
  /** Index of its geometry within its level. */
  shape: number;
}

/**
 * Names and codes in the HCP manner, with a "D" (démonstration) where HCP has the region number
 * so that no code can be taken for a real one: region D1; provinces D1.001 and D1.011 (HCP
 * numbers provinces with gaps); cercles D1.001.03, .05, .07… (odd numbers, as HCP); urban
 * communes under the pseudo-cercle 01 as HCP does (D1.001.01.01 is the capital); rural
 * communes by cercle, D1.001.03.01, .02… Numbers follow the alphabetical order of French names.
 */
export function buildUnits(layout: Layout, names: NameMaker): DemoUnit[] {
  const { communes } = layout;
  // Capitals first: the provinces and the region are named after them.
  const communeNames: Names[] = communes.map((c) =>
    c.capital ? names.capital() : c.kind === 'urban' ? names.town() : names.rural(),
  );
  const name = (i: number) => communeNames[i] as Names;
  // Plain comparison of unaccented names: locale collation may differ from one ICU to another.
  const sortKey = (i: number) =>
    (name(i).fr ?? '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const byName = (a: number, b: number) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : a - b);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const all = communes.map((_, i) => i);

  const [west, east] = [name(0), name(1)];
  const region: DemoUnit = {
    level: 'region',
    code: 'D1',
    kind: null,
    names: joinNames(west, east),
    parent: null,
    communes: all,
    shape: 0,
  };
  const units: DemoUnit[] = [region];
  const provinceCodes = ['D1.001', 'D1.011'];
  const communeUnits: DemoUnit[] = [];
  const cercleUnits: DemoUnit[] = [];
  provinceCodes.forEach((code, p) => {
    const members = all.filter((i) => communes[i]?.province === p);
    units.push({
      level: 'province',
      code,
      kind: 'province',
      names: name(p),
      parent: { code: 'D1', level: 'region' },
      communes: members,
      shape: p,
    });
    const urban = members
      .filter((i) => communes[i]?.kind === 'urban')
      .sort((a, b) => (a === p ? -1 : b === p ? 1 : byName(a, b)));
    urban.forEach((i, n) => {
      communeUnits.push(commune(i, `${code}.01.${pad(n + 1, 2)}`, 'urban', { code, level: 'province' }));
    });
    const cercles = layout.cercleSeats
      .map((seat, k) => ({ seat, k }))
      .filter((c) => layout.cercleProvince[c.k] === p)
      .sort((a, b) => byName(a.seat, b.seat));
    cercles.forEach(({ seat, k }, n) => {
      const ccode = `${code}.${pad(3 + 2 * n, 2)}`;
      const rural = members.filter((i) => communes[i]?.cercle === k).sort(byName);
      cercleUnits.push({
        level: 'cercle',
        code: ccode,
        kind: null,
        names: name(seat),
        parent: { code, level: 'province' },
        communes: rural,
        shape: k,
      });
      rural.forEach((i, m) => {
        communeUnits.push(commune(i, `${ccode}.${pad(m + 1, 2)}`, 'rural', { code: ccode, level: 'cercle' }));
      });
    });
  });
  return [...units, ...cercleUnits, ...communeUnits];

  function commune(i: number, code: string, kind: string, parent: DemoUnit['parent']): DemoUnit {
    return { level: 'commune', code, kind, names: name(i), parent, communes: [i], shape: i };
  }
}

/** "Souss-Massa"-style region name out of its two capitals, in each script both have. */
function joinNames(a: Names, b: Names): Names {
  const out: Names = { fr: `${a.fr}-${b.fr}`, ar: `${a.ar}-${b.ar}` };
  if (a.zgh && b.zgh) out.zgh = `${a.zgh}-${b.zgh}`;
  return out;
}
