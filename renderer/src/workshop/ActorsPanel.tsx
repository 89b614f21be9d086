import { ActorRegistry } from './actors/ActorRegistry.tsx';

/** The actor registry page of the workshop window (the full registry UI lives in ./actors/). */
export function ActorsPanel() {
  return <ActorRegistry />;
}
