/**
 * The ForceAtlas2 worker: the only place the page reaches the layout library (and graphology),
 * so neither is in the start-up bundle, and a large graph's layout never holds up the page. It
 * posts the positions after every chunk of steps; the page stops a run by ending the worker.
 */
import { forceAtlas2Steps } from './forceAtlas2';
import type { ForceMessage, ForceRequest } from './types';

/** The little of a dedicated worker's global scope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ForceRequest>) => void) | null;
  postMessage(message: ForceMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    for (const { done, positions } of forceAtlas2Steps(event.data.input, event.data.iterations)) {
      scope.postMessage({ type: 'progress', done, positions }, [positions.buffer]);
    }
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
