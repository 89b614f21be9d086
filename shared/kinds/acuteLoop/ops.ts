/**
 * The acute loop's edits, one operation each: one undo step, one transaction, the board row
 * written once. Grouped by what they edit; this module gathers them for callers.
 */
export { acuteLoopKindName } from './kindName.ts';
export { addStation, updateStation, removeStation, moveStation, addStationNote, updateStationNote, removeStationNote, setTransition } from './stationOps.ts';
export type { StationPatch } from './stationOps.ts';
export { updateHourly, setOfficeHours, updateFigures, updateLoopSettings } from './dataOps.ts';
export { addNeed, updateNeed, removeNeed, moveNeed } from './needOps.ts';
export { addLane, updateLane, removeLane, moveLane } from './laneOps.ts';
