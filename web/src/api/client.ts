import type {
  BodyDetail,
  BodySummary,
  Country,
  CountryDetail,
  ImportRequest,
  Importer,
  IndicatorInfo,
  Job,
  JournalEntry,
  Operation,
  UnitDetail,
  UnitList,
  UnitQuery,
} from './types.ts';

/** An error answered by the API: a stable `code` and a sentence already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let language = 'fr';
/** The server words its error messages in this language (Accept-Language). */
export function setApiLanguage(lang: string) {
  language = lang;
}

export async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { accept: 'application/json', 'accept-language': language, ...init.headers },
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? 'http_error', e?.message ?? `${res.status} ${res.statusText}`, e?.details);
  }
  return body as T;
}

/** Reference data (countries, levels, indicators, importers) changes only with an import. */
const cache = new Map<string, Promise<unknown>>();
function cached<T>(url: string, signal?: AbortSignal): Promise<T> {
  let p = cache.get(url);
  if (!p) {
    p = request<T>(url).catch((e) => {
      cache.delete(url);
      throw e;
    });
    cache.set(url, p);
  }
  return signal ? abortable(p as Promise<T>, signal) : (p as Promise<T>);
}

function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    p.then(resolve, reject);
  });
}

/** Forgets cached reference data, after an import wrote something. */
export function invalidateCache() {
  cache.clear();
}

const enc = encodeURIComponent;

export function query(q: Record<string, string | number | undefined | null>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const str = s.toString();
  return str ? `?${str}` : '';
}

export const api = {
  countries: (signal?: AbortSignal) => cached<{ countries: Country[] }>('/api/countries', signal).then((r) => r.countries),
  country: (country: string, signal?: AbortSignal) => cached<CountryDetail>(`/api/countries/${enc(country)}`, signal),
  units: (country: string, q: UnitQuery, signal?: AbortSignal) =>
    request<UnitList>(
      `/api/countries/${enc(country)}/units${query({ ...q, indicators: Array.isArray(q.indicators) ? q.indicators.join(',') : q.indicators })}`,
      { signal },
    ),
  unit: (country: string, code: string, level?: string | null, signal?: AbortSignal) =>
    request<UnitDetail>(`/api/countries/${enc(country)}/units/${enc(code)}${query({ level })}`, { signal }),
  bodies: (country: string, within?: string | null, signal?: AbortSignal) =>
    request<{ bodies: BodySummary[] }>(`/api/countries/${enc(country)}/cooperation${query({ within })}`, { signal }).then(
      (r) => r.bodies,
    ),
  body: (country: string, code: string, signal?: AbortSignal) =>
    request<BodyDetail>(`/api/countries/${enc(country)}/cooperation/${enc(code)}`, { signal }),
  indicators: (country: string, signal?: AbortSignal) =>
    cached<{ indicators: IndicatorInfo[] }>(`/api/indicators${query({ country })}`, signal).then((r) => r.indicators),
  importers: (signal?: AbortSignal) => cached<{ importers: Importer[] }>('/api/importers', signal).then((r) => r.importers),
  imports: (signal?: AbortSignal) => request<{ jobs: Job[]; journal: JournalEntry[] }>('/api/imports', { signal }),
  /** A job by id, or a journal entry by operation number. */
  importEntry: (id: string, signal?: AbortSignal) =>
    request<{ job?: Job; operation?: Operation }>(`/api/imports/${enc(id)}`, { signal }),
  startImport: (importer: string, r: ImportRequest) => {
    const form = new FormData();
    // Fields before the file: the server reads the parts in order.
    form.set('options', JSON.stringify(r.options));
    form.set('acceptRepairs', String(r.acceptRepairs));
    form.set('dryRun', String(r.dryRun));
    if (r.file) form.set('file', r.file, r.file.name);
    return request<{ job: Job }>(`/api/imports/${enc(importer)}`, { method: 'POST', body: form }).then((x) => x.job);
  },
};
