/**
 * A worker thread of the map drawing pool (draw-pool.ts): draws each map file it is sent and
 * posts back its text, or the error's message and stack.
 */
import { parentPort } from "node:worker_threads";
import { drawMapFile, type MapDrawingRequest } from "./map-drawing.ts";

/** What the pool sends: a drawing to make, numbered so that its answer finds its way back. */
export interface DrawingTask {
  id: number;
  request: MapDrawingRequest;
}

/** What the worker answers: the text, or why there is none. */
export type DrawingAnswer =
  { id: number; text: string } | { id: number; error: { message: string; stack?: string } };

parentPort?.on("message", ({ id, request }: DrawingTask) => {
  let answer: DrawingAnswer;
  try {
    answer = { id, text: drawMapFile(request) };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    answer = { id, error: { message, ...(stack ? { stack } : {}) } };
  }
  parentPort?.postMessage(answer);
});
