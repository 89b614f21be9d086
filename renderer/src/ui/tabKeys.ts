/**
 * The WAI-ARIA tabs pattern's keys (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): arrows move
 * to the neighbouring tab and wrap around, Home and End to the first and last; selection follows
 * focus. Returns the tab to select and focus, or null for a key the tab list leaves alone.
 */
export function tabKeyTarget(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index + count - 1) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
