import { describe, expect, it } from 'vitest';
import { nameKey, nameSkeleton } from '../../src/core/names/normalize.ts';
import { UnitResolver } from '../../src/core/territory/resolver.ts';

describe('name keys', () => {
  it('ignore accents, case, punctuation and spaces', () => {
    expect(nameKey('Aït Melloul')).toBe(nameKey('AIT-MELLOUL'));
    expect(nameKey("M'diq")).toBe(nameKey('Mdiq'));
    expect(nameKey('Œuilly')).toBe('oeuilly');
  });
  it('fold Arabic letter variants and diacritics', () => {
    expect(nameKey('أيت ملول')).toBe(nameKey('آيت ملول'));
    expect(nameKey('إنزكان')).toBe(nameKey('انزكان'));
    expect(nameKey('مَدْرَسَة')).toBe(nameKey('مدرسه'));
    expect(nameKey('تيزنيت')).not.toBe(nameKey('تارودانت'));
  });
  it('skeletons bring transliteration variants together', () => {
    expect(nameSkeleton('Ouled Salah')).toBe(nameSkeleton('Oulad Salah'));
    expect(nameSkeleton('Bni Abdellah')).toBe(nameSkeleton('Bni Abdallah'));
    expect(nameSkeleton('Tiznit')).not.toBe(nameSkeleton('Taroudant'));
  });
});

describe('unit resolver', () => {
  const r = new UnitResolver([
    {
      id: 1,
      level: 'commune',
      code: '09.273.01.05',
      parentId: null,
      names: ['Ait Melloul', 'آيت ملول'],
      aliases: [{ scheme: 'hcp_digits', code: '092730105' }],
    },
    { id: 2, level: 'commune', code: '09.541.07.01', parentId: null, names: ['Agadir Melloul', 'أكادير ملول'] },
    { id: 3, level: 'commune', code: 'A1', parentId: null, names: ['Sidi Bibi'] },
    { id: 4, level: 'commune', code: 'A2', parentId: null, names: ['Sidi Bibi'] },
  ]);
  const at = { file: 'f.csv', row: 2 };
  it('joins on code, then on any alias', () => {
    expect(r.resolve({ code: '09.273.01.05' }, at).id).toBe(1);
    expect(r.resolve({ code: '092730105' }, at).id).toBe(1);
  });
  it('proposes a name match as a repair when the code does not join', () => {
    const res = r.resolve({ code: '123', name: 'AÏT MELLOUL' }, at);
    expect(res.id).toBe(1);
    expect(res.issues[0]).toMatchObject({ code: 'code_matched_by_name', severity: 'repair', row: 2 });
    expect(r.resolve({ name: 'أيت ملول' }, at).id).toBe(1);
  });
  it('never guesses between two units of the same name', () => {
    const res = r.resolve({ name: 'Sidi Bibi' }, at);
    expect(res.id).toBeNull();
    expect(res.issues[0]?.code).toBe('code_ambiguous_name');
  });
  it('asks for the level when a code names units of several levels', () => {
    const fr = new UnitResolver([
      { id: 10, level: 'region', code: '84', parentId: null, names: ['Auvergne-Rhône-Alpes'] },
      { id: 11, level: 'departement', code: '84', parentId: null, names: ['Vaucluse'] },
    ]);
    expect(fr.resolve({ code: '84' }, at).issues[0]).toMatchObject({
      code: 'code_ambiguous',
      params: { code: '84', levels: 'region, departement' },
    });
    expect(fr.resolve({ code: '84', level: 'departement' }, at).id).toBe(11);
  });
  it('reports what does not join', () => {
    expect(r.resolve({ code: 'ZZ' }, at).issues[0]).toMatchObject({ code: 'code_unmatched', unit: 'ZZ', file: 'f.csv', row: 2 });
  });
});
