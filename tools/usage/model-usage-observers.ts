import type { ModelCallUsage } from './model-call-usage.ts';

/** Watches model usage as it is recorded (operators' metrics): counts and cost only, as the records hold. */
export type ModelUsageObserver = (record: ModelCallUsage) => void;

const observers = new Set<ModelUsageObserver>();

/** Registers an observer of every model usage record in this process; returns the function that removes it. */
export function observeModelUsage(observer: ModelUsageObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

/** Tells every observer; an observer that throws never fails the call it watched. */
export function reportModelUsage(records: ModelCallUsage[]) {
  for (const record of records) {
    for (const observer of observers) {
      try {
        observer(record);
      } catch {
        // Metrics are best effort.
      }
    }
  }
}
