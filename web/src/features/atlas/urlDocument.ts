import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { type MapDocument, validateMapDocument } from '../../../../src/core/map/document.ts';

/**
 * The map document in the URL (`?map=`), so a link restores the map exactly: JSON in base64url,
 * deflated ("z" + …) when that is shorter. Links written by hand or by scripts may be plain.
 * What comes in is migrated and validated like a saved document: a bad link gives the default map.
 */
export const MAP_PARAM = 'map';

export function encodeMapDocument(doc: MapDocument): string {
  const json = strToU8(JSON.stringify(doc));
  const deflated = `z${toBase64Url(deflateSync(json, { level: 9 }))}`;
  const plain = toBase64Url(json);
  return deflated.length < plain.length ? deflated : plain;
}

export function decodeMapDocument(param: string | null): MapDocument | null {
  if (!param) return null;
  try {
    const bytes = fromBase64Url(param.startsWith('z') ? param.slice(1) : param);
    const json = strFromU8(param.startsWith('z') ? inflateSync(bytes) : bytes);
    const r = validateMapDocument(JSON.parse(json));
    return r.ok ? r.document : null;
  } catch {
    return null;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** An app path with the current map document kept in its query, so following it keeps the map. */
export function withMapParam(path: string): string {
  const current = new URLSearchParams(window.location.search).get(MAP_PARAM);
  if (!current) return path;
  const url = new URL(path, window.location.origin);
  url.searchParams.set(MAP_PARAM, current);
  return url.pathname + url.search;
}
