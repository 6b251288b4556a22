/**
 * The messages between the page and the coder's workers: the coder proper (text in,
 * suggestions out, progress on the way) and the intake worker that reduces a large file or
 * page to text off the main thread.
 */
import type { CodedText } from '../../coder/types';
import type { TextIntake } from '../text/intake';

export interface CoderRequest {
  text: string;
}

export type CoderMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; coded: CodedText }
  | { type: 'failure'; message: string };

export interface IntakeRequest {
  bytes: Uint8Array;
  fileName: string;
  mime?: string;
}

export interface IntakeMessage {
  type: 'result';
  intake: TextIntake;
}
