/**
 * A small least-recently-used cache for computed responses (topologies, map data), keyed by the
 * request and the data version so that a write makes old entries unreachable.
 */
export class ResponseCache<V> {
  private entries = new Map<string, V>();
  constructor(private readonly max = 64) {}

  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = await compute();
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
