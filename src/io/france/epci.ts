import type { BodyRecord, MembershipRecord } from '../../core/territory/cooperation.ts';
import type { CogEpci } from './cog.ts';

const FINANCING: Record<string, string> = {
  FPU: 'fiscalité professionnelle unique (FPU)',
  FA: 'fiscalité additionnelle (FA)',
};

/**
 * The EPCI à fiscalité propre (DGCL list carried by the COG package) as cooperation bodies, coded
 * by SIREN, with their member communes by INSEE code. With a partial scope, a body is kept when
 * at least one of its members is imported, with those members only.
 */
export function epciBodies(epci: readonly CogEpci[], communeInScope: (code: string) => boolean) {
  const bodies: BodyRecord[] = [];
  const memberships: MembershipRecord[] = [];
  epci.forEach((e, i) => {
    const source = { file: 'epci.json', row: i + 1 };
    const members = e.membres.filter((m) => communeInScope(m.code));
    if (members.length === 0) return;
    bodies.push({
      code: e.code,
      name: e.nom,
      type: 'epci',
      subtype: e.type,
      notes: FINANCING[e.modeFinancement] ?? (e.modeFinancement || null),
      source: { ...source, field: 'code' },
    });
    for (const m of members) {
      memberships.push({
        body: e.code,
        unit: { code: m.code, level: 'commune', name: m.nom },
        source: { ...source, field: 'membres' },
      });
    }
  });
  return { bodies, memberships };
}
