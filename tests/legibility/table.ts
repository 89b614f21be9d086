import type { AuditRow } from '../../renderer/src/export/legibility/audit.ts';

/** The audit as a Markdown table: one row per board and target, sizes rounded to a tenth. */
export function legibilityTable(rows: readonly AuditRow[]): string {
  const size = (n: number | null) => (n === null ? '–' : n.toFixed(1));
  const lines = [
    '| board | target | primary min | secondary min | other min | median | texts | below floor | truncated | overlaps | lines through |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const unit = r.unit;
    lines.push(
      `| ${r.board} | ${r.target} (${unit}, floor ${r.floor.toFixed(1)}) | ${size(r.smallest.primary)} | ${size(r.smallest.secondary)} | ${size(r.smallest.other)} | ${size(r.median)} | ${r.texts} | ${r.belowFloor} | ${r.truncated} | ${r.overlaps} | ${r.linesThrough} |`,
    );
  }
  return lines.join('\n');
}
