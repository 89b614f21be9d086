import { z } from 'zod';
import { limits } from '../../model/limits.ts';
import type { Board } from '../../model/records.ts';
import { randomToken } from '../../util/random.ts';

/**
 * The puzzle board's own settings: the named rows (levels of need) and columns (phases or
 * domains) of its grid, the size of a slot, and the notes written on gaps. Everything has a
 * default, so a board saved by an older version, or with a field missing, still opens.
 */

const lineId = z.string().regex(/^[a-z]_[0-9A-Za-z_-]{1,64}$/);

/** One row or column of the grid. The id stays when the line is renamed or moved, so gap notes follow it. */
export const GridLineSchema = z.object({
  id: lineId,
  label: z.string().max(limits.name),
});
export type GridLine = z.infer<typeof GridLineSchema>;

/** Enough for any service map people draw by hand; a bound keeps a bad file from making a 10,000-slot grid. */
export const maxLines = 20;

/**
 * Slot sizes in board units. 420 × 260 leaves a label box about 270 wide between two blanks,
 * enough for «Skolehelsetjenesten» on one line in 24-unit bold type.
 */
export const defaultCellWidth = 420;
export const defaultCellHeight = 260;
export const minCellSize = 160;
export const maxCellSize = 1200;

/** Rows as the BTI model (Bedre tverrfaglig innsats) names its levels of need. Fixed ids keep defaults stable. */
export const btiRows: readonly GridLine[] = Object.freeze([
  { id: 'r_bti0', label: 'Nivå 0 – undring og bekymring' },
  { id: 'r_bti1', label: 'Nivå 1 – tiltak i egen tjeneste' },
  { id: 'r_bti2', label: 'Nivå 2 – samarbeid med andre tjenester' },
  { id: 'r_bti3', label: 'Nivå 3 – omfattende tverrfaglig innsats' },
]);

/** The alternative: three levels of care, from universal services to the specialist service. */
export const threeLevelRows: readonly GridLine[] = Object.freeze([
  { id: 'r_universal', label: 'Universelt' },
  { id: 'r_early', label: 'Tidlig hjelp' },
  { id: 'r_specialist', label: 'Spesialisert' },
]);

export const defaultColumns: readonly GridLine[] = Object.freeze([
  { id: 'c_prevent', label: 'Forebygging' },
  { id: 'c_assess', label: 'Kartlegging' },
  { id: 'c_follow', label: 'Oppfølging' },
  { id: 'c_treat', label: 'Behandling' },
]);

/** The row templates the user can switch between. */
export const rowPresets = { bti: btiRows, threeLevels: threeLevelRows } as const;
export type RowPreset = keyof typeof rowPresets;
export const rowPresetNames = Object.keys(rowPresets) as RowPreset[];

const copyLines = (lines: readonly GridLine[]): GridLine[] => lines.map((l) => ({ ...l }));

/** The key of one slot, for gap notes: "rowId|columnId". Ids never contain a bar. */
export function slotKey(rowId: string, columnId: string): string {
  return `${rowId}|${columnId}`;
}

const uniqueIds = (lines: readonly GridLine[]) => new Set(lines.map((l) => l.id)).size === lines.length;

export const PuzzleBoardPropsSchema = z.object({
  rows: z.array(GridLineSchema).max(maxLines).refine(uniqueIds, 'row ids must be unique').default(() => copyLines(btiRows)),
  columns: z.array(GridLineSchema).max(maxLines).refine(uniqueIds, 'column ids must be unique').default(() => copyLines(defaultColumns)),
  cellWidth: z.number().finite().min(minCellSize).max(maxCellSize).default(defaultCellWidth),
  cellHeight: z.number().finite().min(minCellSize).max(maxCellSize).default(defaultCellHeight),
  /** Notes on gaps (hull i tilbudet), by `slotKey`. A note stays with its slot when a piece covers it. */
  gapNotes: z.record(z.string().max(140), z.string().max(limits.text)).default(() => ({})),
});
export type PuzzleBoardProps = z.infer<typeof PuzzleBoardPropsSchema>;

export function defaultPuzzleProps(): PuzzleBoardProps {
  return {
    rows: copyLines(btiRows),
    columns: copyLines(defaultColumns),
    cellWidth: defaultCellWidth,
    cellHeight: defaultCellHeight,
    gapNotes: {},
  };
}

const parsedCache = new WeakMap<object, PuzzleBoardProps>();

/**
 * The board's settings, validated, with defaults for anything missing. Invalid props (a file
 * edited by hand) read as the defaults rather than breaking the board. Cached per props object:
 * records are immutable, so an unchanged board is parsed once.
 */
export function puzzleProps(board: Pick<Board, 'props'>): PuzzleBoardProps {
  const hit = parsedCache.get(board.props);
  if (hit) return hit;
  const parsed = PuzzleBoardPropsSchema.safeParse(board.props);
  const props = parsed.success ? parsed.data : defaultPuzzleProps();
  parsedCache.set(board.props, props);
  return props;
}

/** A fresh id for a new row ('r_…') or column ('c_…'). */
export function newLineId(axis: 'rows' | 'columns'): string {
  return `${axis === 'rows' ? 'r' : 'c'}_${randomToken(12)}`;
}
