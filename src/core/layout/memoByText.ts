/**
 * A cache for a pure function of one text. Appendix workbooks repeat the same labels and headers
 * on every sheet (63 provinces, one table each), so folding, tokenising and catalogue lookups are
 * worth doing once per distinct text. The cache is emptied when it grows past `limit` entries, so
 * a 30 000-row list of cooperatives does not keep every name alive.
 *
 * Callers must treat cached results as read-only: they are shared.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined || cache.has(text)) return cached as T;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
