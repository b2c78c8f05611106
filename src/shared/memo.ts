/**
 * Results remembered by a text key, for work a build repeats with the same inputs (a post's date
 * on every list that shows it, a static map on every dev-server rebuild).
 */

/**
 * Returns a function that gives `make()` for a key the first time, and the same value for the
 * same key after; the key must name every input of `make`. All remembered values are dropped at
 * once when there are `limit` of them, so a long dev-server session does not grow without bound.
 * `make` is called again after a throw (nothing is remembered).
 * @param limit how many values to hold, at least 1
 */
export function rememberer<V>(limit: number): (key: string, make: () => V) => V {
  const values = new Map<string, V>();
  return (key, make) => {
    if (values.has(key)) return values.get(key) as V;
    if (values.size >= limit) values.clear();
    const value = make();
    values.set(key, value);
    return value;
  };
}
