import { z } from 'zod';
import { limits } from '../../model/limits.ts';
import { defineOperation } from '../../ops/operation.ts';
import { boardIdArg as boardId, finite, loopProps } from './loopProps.ts';
import { ClockBoundSchema, hourCount, loopShapes } from './schema.ts';

/** Edits of the numbers (hourly counts, office hours, headline figures) and of the loop's setup. */

/** The hourly counts (24 numbers), what they count and where they come from. */
export const updateHourly = defineOperation({
  id: 'acuteLoop.updateHourly',
  labelKey: 'acuteLoop.op.updateHourly',
  args: z.object({
    boardId,
    counts: z.array(finite.min(0)).length(hourCount).optional(),
    label: z.string().max(limits.name).optional(),
    source: z.string().max(limits.name).optional(),
  }),
  apply(draft, { boardId, counts, label, source }) {
    const props = loopProps(draft, boardId);
    if (counts) counts.forEach((c, h) => {
      if (props.hourly.counts[h] !== c) props.hourly.counts[h] = c;
    });
    if (label !== undefined) props.hourly.label = label;
    if (source !== undefined) props.hourly.source = source;
  },
});

export const setOfficeHours = defineOperation({
  id: 'acuteLoop.setOfficeHours',
  labelKey: 'acuteLoop.op.setOfficeHours',
  args: z.object({ boardId, start: ClockBoundSchema, end: ClockBoundSchema }),
  apply(draft, { boardId, start, end }) {
    const props = loopProps(draft, boardId);
    props.officeHours.start = start;
    props.officeHours.end = end;
  },
});

export const updateFigures = defineOperation({
  id: 'acuteLoop.updateFigures',
  labelKey: 'acuteLoop.op.updateFigures',
  args: z.object({
    boardId,
    loopsPerYear: finite.min(0).max(100_000).nullable().optional(),
    patients: finite.min(0).max(10_000_000).nullable().optional(),
  }),
  apply(draft, { boardId, loopsPerYear, patients }) {
    const props = loopProps(draft, boardId);
    if (loopsPerYear !== undefined) props.figures.loopsPerYear = loopsPerYear;
    if (patients !== undefined) props.figures.patients = patients;
  },
});

export const updateLoopSettings = defineOperation({
  id: 'acuteLoop.updateSettings',
  labelKey: 'acuteLoop.op.updateSettings',
  args: z.object({ boardId, shape: z.enum(loopShapes).optional(), subtitle: z.string().max(limits.name).optional() }),
  apply(draft, { boardId, shape, subtitle }) {
    const props = loopProps(draft, boardId);
    if (shape !== undefined) props.shape = shape;
    if (subtitle !== undefined) props.subtitle = subtitle;
  },
});
