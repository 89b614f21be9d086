import { useEffect, useState } from 'react';

/**
 * Whether the workshop is being presented: the presentation (renderer/src/present) marks the
 * body with this class and shows the board area full screen. A kind then puts away what is for
 * the facilitator (the loop's editing panel and handles, the actor map's tabs and panel, the
 * puzzle's inventory), so the room sees only the picture. Read from the class rather than the
 * presentation's store, so the kinds and the presentation stay apart.
 */
const presentingClass = 'samkart-presenting';

export function usePresenting(): boolean {
  const [presenting, setPresenting] = useState(() => typeof document !== 'undefined' && document.body.classList.contains(presentingClass));
  useEffect(() => {
    const update = () => setPresenting(document.body.classList.contains(presentingClass));
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, []);
  return presenting;
}
