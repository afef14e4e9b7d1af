import {
  AuthenticationError,
  ConflictError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  UnprocessableError,
  ValidationError,
} from './errors.ts';

/**
 * How one tool call ended, for operators' metrics: the tool's name and an outcome, never its input,
 * output or who called it. `refused` is an expected "no" (bad input, not found, not allowed, rate
 * limited); `failed` is everything else (an upstream or database failure, a bug).
 */
export interface ToolCallEvent {
  tool: string;
  outcome: 'ok' | 'refused' | 'failed';
  durationSeconds: number;
}

export type ToolCallObserver = (event: ToolCallEvent) => void;

const observers = new Set<ToolCallObserver>();

/** Registers an observer of every tool call in this process; returns the function that removes it. */
export function observeToolCalls(observer: ToolCallObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

const refusals = [ValidationError, AuthenticationError, PermissionError, NotFoundError, ConflictError, RateLimitError, UnprocessableError];

export function toolCallOutcome(error: unknown): ToolCallEvent['outcome'] {
  return refusals.some((refusal) => error instanceof refusal) ? 'refused' : 'failed';
}

/** Tells every observer; an observer that throws never fails the call it watched. */
export function reportToolCall(event: ToolCallEvent) {
  for (const observer of observers) {
    try {
      observer(event);
    } catch {
      // Metrics are best effort.
    }
  }
}
