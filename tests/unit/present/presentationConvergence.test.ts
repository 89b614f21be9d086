import { describe, expect, it, vi } from 'vitest';
import { PresentationChannel } from '../../../electron/api/presentationHandlers.ts';
import type { SamkartApi } from '../../../shared/api/contract.ts';
import type { BoardId } from '../../../shared/model/ids.ts';
import type * as StoreModule from '../../../renderer/src/present/presentationStore.ts';

/**
 * The two windows of a presentation (the projection and the presenter view) change the shared
 * state at once over a slow, jittery host. Whatever the timing, every window must end on the
 * host's state, with every window's last change in it: a clicker's last press wins, never an
 * earlier press re-applied late (the bug behind a flaky "End" in CI). Each window is its own copy
 * of the store module, as it is in its own tab; the latency is a seeded random, so a failure names
 * a seed that reproduces it.
 */

type Store = typeof StoreModule;

async function freshWindow(): Promise<Store> {
  vi.resetModules();
  return import('../../../renderer/src/present/presentationStore.ts');
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The host's two calls, each way delayed by 0–5 ms and serialised as JSON, as over HTTP. */
function jitteryHost(channel: PresentationChannel, next: () => number): SamkartApi {
  const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const delay = () => sleep(Math.floor(next() * 6));
  return {
    async publishPresentation(state: never) {
      await delay();
      const result = channel.publish(wire(state));
      await delay();
      return wire(result);
    },
    async awaitPresentation(since: number) {
      await delay();
      const state = await channel.await(since);
      await delay();
      return wire(state);
    },
  } as unknown as SamkartApi;
}

describe('the presentation sync under races', () => {
  it('one window pressing keys fast: it and the host end on the last press', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const channel = new PresentationChannel(100);
      const projection = await freshWindow();
      const stop = projection.startPresentationSync(jitteryHost(channel, next));
      let last: string | null = null;
      for (let press = 0; press < 12; press++) {
        const boardId = `b_${Math.floor(next() * 5)}` as BoardId;
        last = boardId;
        projection.changePresentation((s) => ({ ...s, boardId }));
        // The laser pointer publishes in between, as the mouse moves.
        if (next() < 0.5) projection.changePresentation((s) => ({ ...s, pointer: { x: next(), y: next() } }));
        if (next() < 0.5) await sleep(Math.floor(next() * 8));
      }
      await sleep(120);
      expect({ seed, shown: projection.presentationState().boardId }).toEqual({ seed, shown: last });
      expect({ seed, host: channel.current().boardId }).toEqual({ seed, host: last });
      stop();
    }
  }, 60_000);

  it('two windows changing at once: both end on the host’s state, each one’s last change in it', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed * 7919);
      const channel = new PresentationChannel(100);
      const projection = await freshWindow();
      const presenter = await freshWindow();
      const stops = [projection.startPresentationSync(jitteryHost(channel, next)), presenter.startPresentationSync(jitteryHost(channel, next))];
      let lastBoard: string | null = null;
      let lastPointer: { x: number; y: number } | null = null;
      for (let step = 0; step < 16; step++) {
        if (next() < 0.5) {
          // The presenter steps the slides...
          const boardId = `b_${Math.floor(next() * 5)}` as BoardId;
          lastBoard = boardId;
          presenter.changePresentation((s) => ({ ...s, boardId }));
        } else {
          // ...while the projection moves the laser pointer.
          const pointer = { x: Math.round(next() * 1000), y: Math.round(next() * 1000) };
          lastPointer = pointer;
          projection.changePresentation((s) => ({ ...s, pointer }));
        }
        if (next() < 0.6) await sleep(Math.floor(next() * 8));
      }
      await sleep(150);
      const host = channel.current();
      expect({ seed, boardId: host.boardId, pointer: host.pointer }).toEqual({ seed, boardId: lastBoard, pointer: lastPointer });
      expect({ seed, state: projection.presentationState() }).toEqual({ seed, state: host });
      expect({ seed, state: presenter.presentationState() }).toEqual({ seed, state: host });
      for (const stop of stops) stop();
    }
  }, 60_000);
});
