/** Runs one scenario against one target: sign in, run, always clean up; returns the transcript. */
import { ScenarioContext } from './context';
import type { Scenario } from './scenarios/types';
import type { Target } from './target';
import type { StepRecord } from './transcript';

export interface ScenarioRun {
  target: Target['name'];
  records: StepRecord[];
  /** An exception that stopped the scenario (a setup call failed, a flow never settled…). */
  error?: string;
  cleanupFailures: string[];
  ms: number;
}

export async function runScenario(target: Target, scenario: Scenario): Promise<ScenarioRun> {
  const started = Date.now();
  let ctx: ScenarioContext;
  try {
    ctx = await ScenarioContext.open(target);
  } catch (error) {
    return { target: target.name, records: [], error: `sign-in failed: ${(error as Error).message}`, cleanupFailures: [], ms: Date.now() - started };
  }
  let error: string | undefined;
  let cleanupFailures: string[] = [];
  try {
    await scenario.run(ctx);
  } catch (e) {
    error = (e as Error).stack ?? String(e);
  } finally {
    // Cleanups run whatever happened, so neither cloud keeps what a scenario created.
    cleanupFailures = await ctx.cleanup();
  }
  return { target: target.name, records: ctx.records, ...(error ? { error } : {}), cleanupFailures, ms: Date.now() - started };
}
