/**
 * Colours and type of the acute-loop picture, shared by the screen and the exports. Every text/background pair here is at least 7:1
 * (checked in tests/unit/acuteLoop/colours.test.ts), and broken transitions differ from whole ones
 * by dash and mark, not only by colour, so a greyscale print keeps the story.
 */
export const loopTheme = {
  font: "'Atkinson Hyperlegible Next', system-ui, sans-serif",
  paper: '#ffffff',
  ink: '#0b1f33',
  inkSoft: '#33475b',
  track: '#e3e9f0',
  arrow: '#0b1f33',
  broken: '#9b0d1e',
  brokenSoft: '#fff0f1',
  officeShade: '#d7e6f6',
  bar: '#07457f',
  laneA: '#f3f6f9',
  laneB: '#ffffff',
  laneLine: '#b8c4d0',
  painFill: '#ffe1e1',
  painInk: '#1a1a1a',
  quoteFill: '#ffffff',
  quoteInk: '#1a1a1a',
  noActorFill: '#ffffff',
  noActorInk: '#0b1f33',
  selection: '#c2410c',
  handleFill: '#07457f',
  handleInk: '#ffffff',
  timeOutsideFill: '#0b1f33',
  timeOutsideInk: '#ffffff',
  timeInsideFill: '#d7e6f6',
  timeInsideInk: '#0b1f33',
} as const;
