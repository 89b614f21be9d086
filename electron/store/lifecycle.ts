/**
 * A small typed list of subscribers for the moments in an object's life that other parts of the
 * main process care about (an open workshop's file was opened, an edit was written, it is closing).
 * The object owning it calls `tell` or `ask` at those moments; the others subscribe instead of
 * wrapping its methods at run time.
 */
export type Subscriber<Events extends { [K in keyof Events]: unknown[] }> = { [K in keyof Events]?: (...args: Events[K]) => void };

/** Where a subscriber's failure goes when the moment it was told of has already happened. */
export type HookErrorReporter = (event: string, error: unknown) => void;

/** The main process has no user to tell of a side task that failed (a snapshot, a room): the log. */
export const logHookError: HookErrorReporter = (event, error) => {
  console.error(`Samkart: a subscriber to '${event}' failed:`, error instanceof Error ? error.message : error);
};

export class Lifecycle<Events extends { [K in keyof Events]: unknown[] }> {
  private subscribers: Subscriber<Events>[] = [];

  constructor(private readonly report: HookErrorReporter = logHookError) {}

  /** Subscribers are called in the order they subscribed. Returns the way to unsubscribe. */
  subscribe(subscriber: Subscriber<Events>): () => void {
    this.subscribers = [...this.subscribers, subscriber];
    return () => {
      this.subscribers = this.subscribers.filter((s) => s !== subscriber);
    };
  }

  /**
   * Tells every subscriber that something has happened. What happened stands: a subscriber that
   * throws is reported and neither stops the others nor reaches the caller (an edit already
   * written is acknowledged even if the snapshot after it fails).
   */
  tell<K extends keyof Events & string>(event: K, ...args: Events[K]): void {
    for (const subscriber of this.subscribers) {
      try {
        subscriber[event]?.(...args);
      } catch (error) {
        this.report(event, error);
      }
    }
  }

  /**
   * Asks every subscriber before something happens; the first that throws refuses it, and its
   * error reaches the caller (a moved file refuses the next edit with error.fileMoved).
   */
  ask<K extends keyof Events & string>(event: K, ...args: Events[K]): void {
    for (const subscriber of this.subscribers) subscriber[event]?.(...args);
  }
}
