import { z } from 'zod';
import { ActorIdSchema } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';
import { actorCategoryValues } from '../../model/records.ts';
import { randomToken } from '../../util/random.ts';

/**
 * The acute loop's data ("Akuttloopen – et døgn i pasientens liv", seed 003). It all lives in the
 * board's props: the stations are positioned by the loop's layout, not freely, so their order is
 * the data and the loop view and the swimlane view are two drawings of the same array. A board has
 * a few dozen small records at most, so an edit rewriting the board row costs nothing.
 */

/** Minutes in a day; times of day are whole minutes after midnight, 0–1439. */
export const minutesPerDay = 1440;

/** A loop with more stations than this cannot be read from the back of a room (the cards shrink to fit; at 16 they are at their smallest legible size). */
export const maxStations = 16;
export const maxNotesPerStation = 12;
export const maxNeeds = 40;
export const maxLanes = 8;

const name = z.string().max(limits.name);
const text = z.string().max(limits.text);

/** Ids of records inside the board's props (stations, notes, needs): readable prefix, random token. */
const localIdPattern = /^[a-z]_[0-9A-Za-z_-]{1,64}$/;
export const LocalIdSchema = z.string().regex(localIdPattern);
export const newStationId = (): string => `s_${randomToken()}`;
export const newNoteId = (): string => `n_${randomToken()}`;
export const newNeedId = (): string => `d_${randomToken()}`;
export const newLaneId = (): string => `l_${randomToken()}`;

export const TimeOfDaySchema = z.number().int().min(0).max(minutesPerDay - 1);
/** Office-hour bounds may be 24:00 (1440), the end of the day. */
export const ClockBoundSchema = z.number().int().min(0).max(minutesPerDay);

/** A small note attached to a station: a pain point (smertepunkt) or a quote (sitat). */
export const StationNoteSchema = z.object({
  id: LocalIdSchema,
  text: text.default(''),
});
export type StationNote = z.infer<typeof StationNoteSchema>;

export const stationNoteKinds = ['painPoints', 'quotes'] as const;
export type StationNoteKind = (typeof stationNoteKinds)[number];

export const StationSchema = z.object({
  id: LocalIdSchema,
  name: name.default(''),
  /** When it typically happens, minutes after midnight; null while the group hasn't said. */
  timeOfDay: TimeOfDaySchema.nullable().default(null),
  /**
   * How long the patient stays here, in minutes; null when unknown. Stored as a number (typed as
   * "3 døgn", "2 t", "45 min") so one round of the loop can be added up.
   */
  durationMinutes: z.number().finite().min(0).max(366 * minutesPerDay).nullable().default(null),
  /**
   * The responsible actor in the registry (its name is always read from there). Wrapped in an
   * object of its own because of the registry's convention (shared/actors/references.ts): when an
   * actor is deleted, a list entry holding `actorId` leaves its list, while an `actorId` anywhere
   * else becomes null. The station must stay, without an actor, so its `actorId` is not on it.
   */
  responsible: z.object({ actorId: ActorIdSchema.nullable().default(null) }).default(() => ({ actorId: null })),
  /** The swimlane in the linear view; null = follow the actor's category (see lanes.ts). */
  laneId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).nullable().default(null),
  painPoints: z.array(StationNoteSchema).max(maxNotesPerStation).default([]),
  quotes: z.array(StationNoteSchema).max(maxNotesPerStation).default([]),
});
export type Station = z.infer<typeof StationSchema>;

/**
 * A transition between two stations, kept by the pair of stations rather than by position: the
 * break is about the handover between those two services. A station inserted between them takes
 * the mark onto the first new transition (from → new), or the second (new → to) if the room says so; a mark left between stations that stopped
 * being neighbours (by a move or a removal) rests and comes back if they meet again.
 */
export const TransitionSchema = z.object({
  fromId: LocalIdSchema,
  toId: LocalIdSchema,
  broken: z.boolean().default(false),
  /** Why it breaks (brudd): "Ingen time avtalt ved utskrivning". */
  note: text.default(''),
});
export type Transition = z.infer<typeof TransitionSchema>;

/** One swimlane of the linear view. Empty `name` shows the language's default name of a built-in lane. */
export const LaneSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: name.default(''),
  /** Stations whose actor has one of these categories go to this lane unless placed by hand. */
  categories: z.array(z.enum(actorCategoryValues)).default([]),
});
export type Lane = z.infer<typeof LaneSchema>;

/** The built-in lanes (issue 6): Bruker, Kommune, Spesialisthelsetjeneste, Politi og andre. */
export const builtInLaneIds = ['user', 'municipality', 'specialist', 'other'] as const;
export type BuiltInLaneId = (typeof builtInLaneIds)[number];

export function isBuiltInLaneId(id: string): id is BuiltInLaneId {
  return (builtInLaneIds as readonly string[]).includes(id);
}

export const defaultLanes = (): Lane[] => [
  { id: 'user', name: '', categories: ['user', 'userOrg'] },
  { id: 'municipality', name: '', categories: ['municipality'] },
  { id: 'specialist', name: '', categories: ['specialist'] },
  { id: 'other', name: '', categories: ['other', 'premise', 'competence'] },
];

/** One line of the needs list (Behovet). Level 1 lines are sub-points of the line above. */
export const NeedSchema = z.object({
  id: LocalIdSchema,
  text: text.default(''),
  level: z.union([z.literal(0), z.literal(1)]).default(0),
});
export type Need = z.infer<typeof NeedSchema>;

export const loopShapes = ['circle', 'track'] as const;
export type LoopShape = (typeof loopShapes)[number];

export const hourCount = 24;
export const emptyHourly = (): number[] => Array.from({ length: hourCount }, () => 0);

/** Events by hour of day (index 0 = 00:00–01:00), e.g. admissions to PAM. */
export const HourlySchema = z.object({
  counts: z.array(z.number().finite().min(0)).length(hourCount).default(emptyHourly),
  /** What is counted: "Innleggelser i PAM". Empty shows the language's default label. */
  label: name.default(''),
  /** Where the numbers come from: "Tall fra analyseavdelingen i Helse Bergen". */
  source: name.default(''),
});
export type Hourly = z.infer<typeof HourlySchema>;

/** Default office hours 08:00–15:30, as usual in Norwegian public services. */
export const defaultOfficeHours = () => ({ start: 8 * 60, end: 15 * 60 + 30 });

export const OfficeHoursSchema = z.object({
  start: ClockBoundSchema,
  /** Before `start` means the office hours run across midnight. */
  end: ClockBoundSchema,
});
export type OfficeHours = z.infer<typeof OfficeHoursSchema>;

/** The headline figures of the revolving door. Null = not filled in (shown as a dash). */
export const FiguresSchema = z.object({
  /** Rounds of the loop per patient per year. */
  loopsPerYear: z.number().finite().min(0).max(100_000).nullable().default(null),
  /** Patients in the group. */
  patients: z.number().finite().min(0).max(10_000_000).nullable().default(null),
});
export type Figures = z.infer<typeof FiguresSchema>;

export const AcuteLoopPropsSchema = z.object({
  /** Shown under the board's name; empty shows "Et døgn i pasientens liv" in the language. */
  subtitle: name.default(''),
  shape: z.enum(loopShapes).default('circle'),
  stations: z.array(StationSchema).max(maxStations).default([]),
  transitions: z.array(TransitionSchema).max(maxStations * maxStations).default([]),
  officeHours: OfficeHoursSchema.default(defaultOfficeHours),
  hourly: HourlySchema.default(() => ({ counts: emptyHourly(), label: '', source: '' })),
  figures: FiguresSchema.default(() => ({ loopsPerYear: null, patients: null })),
  needs: z.array(NeedSchema).max(maxNeeds).default([]),
  lanes: z.array(LaneSchema).min(1).max(maxLanes).default(defaultLanes),
});
export type AcuteLoopProps = z.infer<typeof AcuteLoopPropsSchema>;

export function defaultAcuteLoopProps(): AcuteLoopProps {
  return AcuteLoopPropsSchema.parse({});
}

/**
 * The board's props with defaults filled in; a board from an older version (fields missing) reads
 * as complete. Props that are partly damaged (a hand-edited or half-written file) are read field
 * by field: a bad field falls back to its default, and a bad entry of a list (one station, one
 * need) is left out, so one broken record doesn't blank the whole loop. The stored props are left
 * untouched until the user edits.
 */
export function readAcuteLoopProps(props: unknown): AcuteLoopProps {
  const parsed = AcuteLoopPropsSchema.safeParse(props ?? {});
  if (parsed.success) return parsed.data;
  const raw = props !== null && typeof props === 'object' ? (props as Record<string, unknown>) : {};
  const shape = AcuteLoopPropsSchema.shape;
  const lists = { stations: StationSchema, transitions: TransitionSchema, needs: NeedSchema, lanes: LaneSchema } as const;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const value = raw[key];
    if (key in lists && Array.isArray(value)) {
      const item = lists[key as keyof typeof lists];
      fields[key] = value.flatMap((v) => {
        const r = item.safeParse(v);
        return r.success ? [r.data] : [];
      });
    } else {
      fields[key] = shape[key].safeParse(value).success ? value : undefined;
    }
  }
  const second = AcuteLoopPropsSchema.safeParse(fields);
  return second.success ? second.data : defaultAcuteLoopProps();
}

/** A station's fields as callers give them: the responsible actor as a plain `actorId`. */
export type NewStationFields = Partial<Omit<Station, 'id' | 'responsible'>> & { actorId?: string | null };

export function newStation(name: string, { actorId = null, ...fields }: NewStationFields = {}): Station {
  return StationSchema.parse({ id: newStationId(), name, ...fields, responsible: { actorId } });
}

/** The id of a station's responsible actor, or null. */
export const stationActorId = (station: Pick<Station, 'responsible'>): string | null => station.responsible.actorId;
