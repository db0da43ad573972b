import { TaawunError } from '../../core/errors.ts';
import { type MapDocument, validateMapDocument } from '../../core/map/document.ts';
import type { Db } from '../db.ts';
import { type Actor, write } from '../operations.ts';

export interface SavedMap {
  id: number;
  name: string;
  country: string;
  document: MapDocument;
  createdAt: string;
  updatedAt: string;
}

export class InvalidMapDocument extends Error {
  constructor(readonly errors: { path: string; message: string }[]) {
    super(`invalid map document: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  }
}

function checked(input: unknown): MapDocument {
  const r = validateMapDocument(input);
  if (!r.ok) throw new InvalidMapDocument(r.errors);
  return r.document;
}

/** Saves a new map document (validated and migrated to the current version) as the actor. */
export async function createMapDocument(db: Db, actor: Actor, name: string, input: unknown): Promise<SavedMap> {
  const doc = checked(input);
  const { result } = await write(db, actor, 'map.create', { name, country: doc.country }, async ({ trx, opId }) => {
    const country = await trx.selectFrom('country').select('code').where('code', '=', doc.country).executeTakeFirst();
    if (!country) throw new TaawunError({ code: 'country_unknown', severity: 'error', params: { country: doc.country } });
    return trx
      .insertInto('map_document')
      .values({
        country_code: doc.country,
        name,
        document: JSON.stringify(doc),
        version: doc.version,
        created_op: opId,
        updated_op: opId,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
  });
  return (await getMapDocument(db, result.id)) as SavedMap;
}

export async function updateMapDocument(
  db: Db,
  actor: Actor,
  id: number,
  name: string,
  input: unknown,
): Promise<SavedMap | null> {
  const doc = checked(input);
  const { result } = await write(db, actor, 'map.update', { id, name }, async ({ trx, opId }) =>
    trx
      .updateTable('map_document')
      .set({ name, document: JSON.stringify(doc), version: doc.version, updated_op: opId, updated_at: new Date() })
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst(),
  );
  return result ? getMapDocument(db, id) : null;
}

export async function deleteMapDocument(db: Db, actor: Actor, id: number): Promise<boolean> {
  const { result } = await write(db, actor, 'map.delete', { id }, async ({ trx }) =>
    trx.deleteFrom('map_document').where('id', '=', id).executeTakeFirst(),
  );
  return Number(result.numDeletedRows) > 0;
}

export async function getMapDocument(db: Db, id: number): Promise<SavedMap | null> {
  const r = await db.kysely.selectFrom('map_document').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toSaved(r) : null;
}

export async function listMapDocuments(db: Db, country?: string | null): Promise<SavedMap[]> {
  let q = db.kysely.selectFrom('map_document').selectAll().orderBy('updated_at', 'desc').limit(500);
  if (country) q = q.where('country_code', '=', country);
  return (await q.execute()).map(toSaved);
}

function toSaved(r: {
  id: number;
  name: string;
  country_code: string;
  document: unknown;
  created_at: Date;
  updated_at: Date;
}): SavedMap {
  // Documents saved by an older version are brought up to date when read.
  const v = validateMapDocument(r.document);
  return {
    id: r.id,
    name: r.name,
    country: r.country_code,
    document: v.ok ? v.document : (r.document as MapDocument),
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
