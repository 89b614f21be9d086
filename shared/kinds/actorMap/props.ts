import { z } from 'zod';
import { ActorIdSchema, type ActorId } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';

/**
 * The actor map's board settings: its rings, whether categories get drawn sectors, and the
 * relations between the actors on it. Relations live here (not as items) because a relation is
 * between two actors, not between two shapes: it follows the actor's chip wherever it is dragged,
 * it survives the chip being taken off the map and put back, and a merge in the registry rewrites
 * it through the ordinary `actorIds` convention.
 */

/** How two actors work together, from strongest to absent, plus open conflict (domain.md). */
export const relationTypes = ['formal', 'regular', 'informal', 'weak', 'conflict'] as const;
export type RelationType = (typeof relationTypes)[number];
export const RelationTypeSchema = z.enum(relationTypes);

export const RelationSchema = z.object({
  /** Stable within the board so the panel and undo can name one relation. */
  id: z.string().regex(/^r_[0-9A-Za-z_-]{1,64}$/),
  /** The two actors, by registry id. Undirected: [a, b] and [b, a] are the same relation. */
  actorIds: z.tuple([ActorIdSchema, ActorIdSchema]),
  type: RelationTypeSchema,
  /** Optional words on the line: "Samarbeidsavtale", "Felles møter hver måned". */
  label: z.string().max(limits.name).default(''),
});
export type Relation = z.infer<typeof RelationSchema>;

/**
 * One ring. An empty label means "the default name of this ring in the current language", so a
 * Norwegian map reads "Nærmeste nettverk" and the same file opened in English "Closest network";
 * anything the user types is kept as typed.
 */
export const RingSchema = z.object({ label: z.string().max(limits.name).default('') });
export type Ring = z.infer<typeof RingSchema>;

/** Centre plus two to four rings: fewer says nothing, more can't be read on a projector. */
export const minRings = 3;
export const maxRings = 5;
export const defaultRingCount = 4;

export const ActorMapPropsSchema = z.object({
  /** Index 0 is the centre (the user); the last is the outermost ring. */
  rings: z.array(RingSchema).min(minRings).max(maxRings).default(() => defaultRings()),
  /** Draw a sector per category (wedges with the category's name); the layout uses them either way. */
  sectors: z.boolean().default(false),
  relations: z.array(RelationSchema).max(5000).default(() => []),
  /** Show the legend of relation types and categories on the board (and so in the exported picture). */
  legend: z.boolean().default(true),
});
export type ActorMapProps = z.infer<typeof ActorMapPropsSchema>;

export function defaultRings(count = defaultRingCount): Ring[] {
  return Array.from({ length: count }, () => ({ label: '' }));
}

export function defaultActorMapProps(): ActorMapProps {
  return { rings: defaultRings(), sectors: false, relations: [], legend: true };
}

/**
 * Reads a board's props leniently: each field that fails validation falls back to its default and
 * each broken relation is dropped, so one bad value in a file (or from a newer version) never
 * blanks the whole map.
 */
export function readActorMapProps(props: Record<string, unknown>): ActorMapProps {
  const whole = ActorMapPropsSchema.safeParse(props);
  if (whole.success) return whole.data;
  const fallback = defaultActorMapProps();
  const field = <K extends keyof ActorMapProps>(key: K): ActorMapProps[K] => {
    const parsed = ActorMapPropsSchema.shape[key].safeParse(props[key]);
    return parsed.success ? (parsed.data as ActorMapProps[K]) : fallback[key];
  };
  const relations = Array.isArray(props['relations'])
    ? (props['relations'] as unknown[]).flatMap((r) => {
        const parsed = RelationSchema.safeParse(r);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  return { rings: field('rings'), sectors: field('sectors'), relations, legend: field('legend') };
}

/** Whether a relation joins these two actors, in either direction. */
export function joins(relation: Relation, a: ActorId, b: ActorId): boolean {
  const [x, y] = relation.actorIds;
  return (x === a && y === b) || (x === b && y === a);
}
