/**
 * Reordering stations. The loop is drawn from its order (station 1 at the top), so a drag along
 * the loop only ever changes the order; the layout then puts every station back on its place.
 */

/** A copy of `list` with the element at `from` moved to `to` (both clamped to the list). */
export function moveIndex<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [moved] = out.splice(from, 1);
  out.splice(target, 0, moved!);
  return out;
}

/**
 * The position a station dropped at loop fraction `t` takes among `n` stations: the nearest of the
 * n evenly spaced places. Wraps, so a drop just before the top takes the top place.
 */
export function indexAtFraction(t: number, n: number): number {
  if (n <= 0) return 0;
  const wrapped = ((t % 1) + 1) % 1;
  return Math.round(wrapped * n) % n;
}
