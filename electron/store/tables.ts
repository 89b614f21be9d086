import type { CollectionName } from '../../shared/model/document.ts';
import type { RowChange } from '../../shared/model/changes.ts';

/**
 * How each collection maps to its table: which queryable columns are taken from the record.
 * The record itself is always stored whole in `data`.
 */
export const tables: Record<CollectionName, { columns: string[]; values(record: Record<string, unknown>): unknown[] }> = {
  gatherings: { columns: [], values: () => [] },
  participants: { columns: [], values: () => [] },
  actors: { columns: ['name', 'category'], values: (r) => [r.name, r.category] },
  boards: { columns: ['kind', 'name'], values: (r) => [r.kind, r.name] },
  items: { columns: ['board_id', 'type'], values: (r) => [r.boardId, r.type] },
};

export function upsertSql(table: CollectionName): string {
  const cols = ['id', ...tables[table].columns, 'data'];
  const updates = cols.slice(1).map((c) => `${c} = excluded.${c}`).join(', ');
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT(id) DO UPDATE SET ${updates}`;
}

export function upsertParams(change: Extract<RowChange, { op: 'put' }> & { table: CollectionName }): unknown[] {
  const record = change.record as unknown as Record<string, unknown>;
  return [record.id, ...tables[change.table].values(record), JSON.stringify(record)];
}
