/**
 * Front-to-back order. Items keep a numeric z; bringing items forward gives only the moved items new
 * values between their new neighbours, so a reorder on a 10,000-item board writes a few rows, not
 * all of them. Only when values collide (equal z, or halved past float precision) is the whole
 * board renumbered.
 */

export type StackMove = 'front' | 'back' | 'forward' | 'backward';
export const stackMoves = ['front', 'back', 'forward', 'backward'] as const satisfies readonly StackMove[];

export interface Stacked {
  id: string;
  z: number;
}

function reorder(ids: string[], selected: ReadonlySet<string>, to: StackMove): string[] {
  const chosen = ids.filter((id) => selected.has(id));
  const rest = ids.filter((id) => !selected.has(id));
  if (to === 'front') return [...rest, ...chosen];
  if (to === 'back') return [...chosen, ...rest];
  // One step: each selected item swaps with the unselected neighbour in the direction of travel;
  // walking from that end lets a block of selected items move together.
  const out = [...ids];
  if (to === 'forward') {
    for (let i = out.length - 2; i >= 0; i--) {
      if (selected.has(out[i]!) && !selected.has(out[i + 1]!)) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
    }
  } else {
    for (let i = 1; i < out.length; i++) {
      if (selected.has(out[i]!) && !selected.has(out[i - 1]!)) [out[i], out[i - 1]] = [out[i - 1]!, out[i]!];
    }
  }
  return out;
}

/**
 * New z values after moving `selected` within `ordered` (one board's items, back to front).
 * Returns only the ids whose z changes.
 */
export function restack(ordered: readonly Stacked[], selected: ReadonlySet<string>, to: StackMove): Map<string, number> {
  const oldZ = new Map(ordered.map((s) => [s.id, s.z]));
  const before = ordered.map((s) => s.id);
  const order = reorder(before, selected, to);
  if (order.every((id, i) => id === before[i])) return new Map();
  const newZ = new Map(oldZ);
  for (let i = 0; i < order.length; ) {
    if (!selected.has(order[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < order.length && selected.has(order[j]!)) j++;
    const lo = i > 0 ? oldZ.get(order[i - 1]!) : undefined;
    const hi = j < order.length ? oldZ.get(order[j]!) : undefined;
    const k = j - i;
    for (let n = 0; n < k; n++) {
      const z =
        lo !== undefined && hi !== undefined ? lo + ((hi - lo) * (n + 1)) / (k + 1)
        : lo !== undefined ? lo + n + 1
        : hi !== undefined ? hi - (k - n)
        : oldZ.get(order[i + n]!)!;
      newZ.set(order[i + n]!, z);
    }
    i = j;
  }
  // Every boundary that involves a moved item must now be strictly increasing.
  const consistent = order.every(
    (id, i) => i === 0 || (!selected.has(id) && !selected.has(order[i - 1]!)) || newZ.get(order[i - 1]!)! < newZ.get(id)!,
  );
  if (!consistent) order.forEach((id, i) => newZ.set(id, i));
  const changed = new Map<string, number>();
  for (const [id, z] of newZ) if (z !== oldZ.get(id)) changed.set(id, z);
  return changed;
}
