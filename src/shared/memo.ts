/**
 * Results remembered by key, for pure work a build repeats with the same inputs (a post's date on
 * every list that shows it, a static map on every dev-server rebuild, the world atlas decoded once).
 * Every remembered value in Dispatch is held here or in the post store: a module keeps no cache of
 * its own, and {@link forgetRemembered} drops every one at once.
 */

/** What each remembering function holds, so that all can be dropped together. */
const registry = new Set<{ clear(): void }>();

/**
 * Returns a function that gives `make()` for a key the first time, and the same value for the
 * same key after; the key must name every input of `make`. All remembered values are dropped at
 * once when there are `limit` of them, so a long dev-server session does not grow without bound.
 * `make` is called again after a throw (nothing is remembered).
 * @param limit how many values to hold, at least 1
 */
export function rememberer<V>(limit: number): (key: string, make: () => V) => V {
  const values = new Map<string, V>();
  registry.add(values);
  return (key, make) => {
    if (values.has(key)) return values.get(key) as V;
    if (values.size >= limit) values.clear();
    const value = make();
    values.set(key, value);
    return value;
  };
}

/**
 * Like {@link rememberer}, keyed by an object (a parsed FeatureCollection, a list of posts) and
 * held only as long as that object lives (a `WeakMap`), so it needs no limit.
 */
export function weakRememberer<K extends object, V>(): (key: K, make: () => V) => V {
  let values = new WeakMap<K, V>();
  registry.add({ clear: () => (values = new WeakMap()) });
  return (key, make) => {
    if (values.has(key)) return values.get(key) as V;
    const value = make();
    values.set(key, value);
    return value;
  };
}

/** Drops every value any {@link rememberer} or {@link weakRememberer} holds. */
export function forgetRemembered(): void {
  for (const values of registry) values.clear();
}
