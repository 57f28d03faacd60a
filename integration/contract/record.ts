/**
 * Prints the transcript of the scenarios on one target (for writing scenarios and fixing the emulator):
 *   npx tsx integration/contract/record.ts real|emulator [scenario name substring]
 */
import { runScenario } from './run';
import { scenarios } from './scenarios';
import { emulatorTarget, realTarget } from './target';

const [which = 'real', filter = ''] = process.argv.slice(2);
const target = which === 'emulator' ? await emulatorTarget() : realTarget();
let failed = 0;
for (const scenario of scenarios.filter((s) => s.name.includes(filter))) {
  const run = await runScenario(target, scenario);
  console.log(`\n## ${scenario.name} (${target.describe}, ${run.ms} ms)`);
  for (const r of run.records) console.log(JSON.stringify(r));
  if (run.error) console.log(`ERROR ${run.error}`);
  for (const f of run.cleanupFailures) console.log(`CLEANUP ${f}`);
  if (run.error || run.cleanupFailures.length) failed++;
}
process.exitCode = failed ? 1 : 0;
