/**
 * `compute` remembered by key, for values that cost far more to make than to look up (Intl
 * objects, canonical language tags): a page has a handful of keys, so the cache forgets
 * everything once it holds `limit` of them, and a hostile stream of keys cannot grow it.
 */
export function cached<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const values = new Map<string, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined && !values.has(key)) {
      value = compute(key);
      if (values.size >= limit) values.clear();
      values.set(key, value);
    }
    return value as V;
  };
}
