/**
 * Worker threads that draw map files (`node:worker_threads`, see draw-worker.ts), so that the
 * main thread goes on rendering pages while maps are drawn on the machine's other cores. The
 * threads start at the first drawing, never keep the process alive while idle, and stop when the
 * pool is closed or has been idle for a while.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DrawingAnswer, DrawingTask } from "./draw-worker.ts";
import type { MapDrawingRequest } from "./map-drawing.ts";

/** A pool of drawing threads, from {@link createDrawingPool}. */
export interface DrawingPool {
  /**
   * Draws `request` in one of the threads (started if none runs): resolves with its text, rejects
   * with the drawing's error (its message and stack), or when the thread fails or the pool is
   * closed first.
   */
  draw(request: MapDrawingRequest): Promise<string>;
  /** Stops every thread; drawings under way reject. The next drawing starts them again. */
  close(): Promise<void>;
}

/** Options of {@link createDrawingPool}. */
export interface DrawingPoolOptions {
  /** How many threads, at least 1. */
  size: number;
  /**
   * Stop the threads after this long without a drawing, in milliseconds.
   * @default 5000
   */
  idleMs?: number;
}

/** One thread and the drawings it was sent and has not answered. */
interface Slot {
  worker: Worker;
  pending: Map<number, { resolve(text: string): void; reject(error: Error): void }>;
}

/**
 * The worker's module beside this one, with this file's extension: `draw-worker.ts` when Dispatch
 * runs from its TypeScript sources (under tsx), `draw-worker.js` when it runs compiled.
 */
export function workerModule(moduleUrl: string = import.meta.url): URL {
  const extension = path.extname(fileURLToPath(moduleUrl));
  return new URL(`./draw-worker${extension}`, moduleUrl);
}

/**
 * How to start a worker on `module`: a compiled module directly; a TypeScript one through tsx's
 * `tsImport` (https://tsx.is/dev-api/ts-import), since on Node 20 a worker does not run the
 * `--import tsx` it inherits.
 * @returns the `Worker` constructor's arguments
 */
export function workerStart(module: URL): [URL | string, { eval?: boolean }] {
  if (!module.pathname.endsWith(".ts")) return [module, {}];
  const tsx = import.meta.resolve("tsx/esm/api");
  const target = JSON.stringify(module.href);
  return [
    `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${target}, ${target}));`,
    { eval: true },
  ];
}

/** Returns a pool of `options.size` drawing threads, none started yet. */
export function createDrawingPool(options: DrawingPoolOptions): DrawingPool {
  const [script, workerOptions] = workerStart(workerModule());
  const idleMs = options.idleMs ?? 5000;
  let slots: Slot[] = [];
  let nextId = 0;
  let idleTimer: NodeJS.Timeout | undefined;

  const stop = (slot: Slot, error: Error) => {
    slots = slots.filter((other) => other !== slot);
    for (const { reject } of slot.pending.values()) reject(error);
    slot.pending.clear();
  };
  const settle = (slot: Slot) => {
    // A thread with drawings to answer keeps the process alive; an idle one never does.
    if (slot.pending.size > 0) slot.worker.ref();
    else slot.worker.unref();
    if (slots.every((other) => other.pending.size === 0)) {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => void pool.close(), idleMs);
      idleTimer.unref();
    }
  };
  const start = (): Slot => {
    const worker = new Worker(script, workerOptions);
    const slot: Slot = { worker, pending: new Map() };
    worker.on("message", (answer: DrawingAnswer) => {
      const task = slot.pending.get(answer.id);
      slot.pending.delete(answer.id);
      if ("text" in answer) task?.resolve(answer.text);
      else {
        const error = new Error(answer.error.message);
        if (answer.error.stack) error.stack = answer.error.stack;
        task?.reject(error);
      }
      settle(slot);
    });
    worker.on("error", (error) => stop(slot, error));
    worker.on("exit", (code) => stop(slot, new Error(`a map drawing thread stopped (${code})`)));
    return slot;
  };

  const pool: DrawingPool = {
    draw(request) {
      clearTimeout(idleTimer);
      if (slots.length === 0) slots = Array.from({ length: Math.max(1, options.size) }, start);
      const slot = slots.reduce((least, other) =>
        other.pending.size < least.pending.size ? other : least,
      );
      const id = nextId++;
      const answer = new Promise<string>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
      });
      slot.worker.ref();
      slot.worker.postMessage({ id, request } satisfies DrawingTask);
      return answer;
    },
    async close() {
      clearTimeout(idleTimer);
      const closing = slots;
      slots = [];
      for (const slot of closing) stop(slot, new Error("the map drawing threads were closed"));
      await Promise.all(closing.map((slot) => slot.worker.terminate()));
    },
  };
  return pool;
}
