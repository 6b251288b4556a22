/**
 * The coder's worker: the only place the page's code reaches the coder (and compromise), so
 * neither is in the start-up bundle. It codes one text per message; the page cancels by
 * terminating it.
 */
import { codeText } from '../../coder';
import { type Code, runCoding } from './job';
import type { CoderMessage, CoderRequest } from './types';

/** The little of a dedicated worker's global scope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CoderRequest>) => void) | null;
  postMessage(message: CoderMessage): void;
}

const scope = self as unknown as WorkerScope;
const code: Code = codeText;

scope.onmessage = (event) =>
  runCoding(event.data.text, code, (message) => scope.postMessage(message));
