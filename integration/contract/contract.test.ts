/**
 * The contract suite: every scenario runs against the real Cinder and the emulator; the normalized
 * transcripts must agree (compare.ts says what "agree" means). A difference is a bug in the
 * emulator: fix the emulator, not the scenario. Transcripts are written to $CONTRACT_OUT (default: <tmp>/cinder-console-contract/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareTranscripts } from './compare';
import { runScenario } from './run';
import { scenarios } from './scenarios';
import { emulatorTarget, realTarget, type Target } from './target';

// Not test-results/: Playwright empties that folder when it starts.
const outDir = process.env.CONTRACT_OUT ?? join(tmpdir(), 'cinder-console-contract');
let real: Target;
let emulator: Target;

beforeAll(async () => {
  real = realTarget();
  emulator = await emulatorTarget();
  const probe = await fetch(real.keystoneUrl).catch((error: Error) => error);
  if (probe instanceof Error || !probe.ok) {
    throw new Error(`The real OpenStack is not reachable at ${real.keystoneUrl} (${probe instanceof Error ? probe.message : probe.status}). Start it with: sudo bash openstack/up.sh`);
  }
  mkdirSync(outDir, { recursive: true });
});

afterAll(async () => {
  await emulator?.close?.();
});

describe('contract: emulator vs real Cinder', () => {
  for (const scenario of scenarios) {
    test(scenario.name, async () => {
      const [onReal, onEmulator] = await Promise.all([runScenario(real, scenario), runScenario(emulator, scenario)]);
      const file = `${outDir}/${scenario.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.json`;
      writeFileSync(file, JSON.stringify({ real: onReal, emulator: onEmulator }, null, 2));
      const problems: string[] = [];
      if (onReal.error) problems.push(`real: ${onReal.error}`);
      if (onEmulator.error) problems.push(`emulator: ${onEmulator.error}`);
      problems.push(...compareTranscripts(onReal.records, onEmulator.records));
      problems.push(...onReal.cleanupFailures, ...onEmulator.cleanupFailures);
      expect(problems, `${scenario.name} (transcripts: ${file})`).toEqual([]);
    });
  }
});
