/**
 * The engine (./engine) as a lazily loaded chunk: the first action waits for it; the pane starts
 * loading it as soon as its first view is on screen (`preloadEngine`), so an officer who clicks
 * Score rarely waits. A failed load (the add-in's host unreachable) is not remembered: the next
 * action tries again.
 */
export type Engine = typeof import("./engine");

let engine: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "engine" */ "./engine").catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

/** Starts loading the engine without waiting for it (a failure shows at the first action). */
export function preloadEngine(): void {
  loadEngine().catch(() => undefined);
}
