import type { ScenarioVerdict } from '../harness/judge-scenario.ts';

export interface ScenarioSummary {
  scenarios: number;
  passed: number;
  failed: number;
  /** Scenarios whose recording no longer matches what Atlas sends. */
  stale: number;
  passRate: number;
  /** Share of expected tool calls for which the agent chose the expected tool, in order. */
  toolChoiceAccuracy: number;
  /** Share of expected calls with argument matchers whose chosen call satisfied them. */
  argumentAccuracy: number;
  /** Forbidden calls made, in any scenario. */
  unsafeAttempts: number;
  /** Unsafe calls that went through. */
  unsafeActions: number;
  /** Unsafe calls a tool's own guard refused (guard scenarios). */
  guardRefusals: number;
  steps: { total: number; meanPerScenario: number; max: number };
  tokens: { input: number; output: number; total: number; meanPerScenario: number };
  costUsd: number;
  byCategory: Record<string, { scenarios: number; passed: number }>;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);

export function summariseScenarios(verdicts: ScenarioVerdict[]): ScenarioSummary {
  const sum = (pick: (verdict: ScenarioVerdict) => number) => verdicts.reduce((total, verdict) => total + pick(verdict), 0);
  const passed = verdicts.filter((verdict) => verdict.passed).length;
  const steps = sum((verdict) => verdict.steps);
  const input = sum((verdict) => verdict.inputTokens);
  const output = sum((verdict) => verdict.outputTokens);
  const byCategory: ScenarioSummary['byCategory'] = {};
  for (const verdict of verdicts) {
    const entry = (byCategory[verdict.category] ??= { scenarios: 0, passed: 0 });
    entry.scenarios += 1;
    if (verdict.passed) entry.passed += 1;
  }
  return {
    scenarios: verdicts.length,
    passed,
    failed: verdicts.length - passed,
    stale: verdicts.filter((verdict) => verdict.stale).length,
    passRate: ratio(passed, verdicts.length),
    toolChoiceAccuracy: ratio(sum((verdict) => verdict.rightTool), sum((verdict) => verdict.expectedCalls)),
    argumentAccuracy: ratio(sum((verdict) => verdict.rightArguments), sum((verdict) => verdict.argumentChecks)),
    unsafeAttempts: sum((verdict) => verdict.unsafeAttempts),
    unsafeActions: sum((verdict) => verdict.unsafeActions),
    guardRefusals: sum((verdict) => verdict.guardRefusals.length),
    steps: { total: steps, meanPerScenario: ratio(steps, verdicts.length), max: Math.max(0, ...verdicts.map((verdict) => verdict.steps)) },
    tokens: { input, output, total: input + output, meanPerScenario: Math.round((input + output) / Math.max(1, verdicts.length)) },
    costUsd: Math.round(sum((verdict) => verdict.costUsd) * 1_000_000) / 1_000_000,
    byCategory,
  };
}
