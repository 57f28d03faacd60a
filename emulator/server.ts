/**
 * Standalone emulator: `npx tsx emulator/server.ts` (EMULATOR_PORT, default 5001, on 127.0.0.1).
 * Environment: EMULATOR_VOLUMES, EMULATOR_DELAYS=instant|realistic|<json>, EMULATOR_STATE_FILE.
 */
import { createServer } from 'node:http';
import { createEmulator, emulatorOptionsFromEnv } from './index';
import { sendWebResponse, toWebRequest } from './node-adapter';

const port = Number(process.env.EMULATOR_PORT ?? 5001);
const host = '127.0.0.1';
const emulator = createEmulator(emulatorOptionsFromEnv(process.env));

const server = createServer((req, res) => {
  toWebRequest(req, `http://${host}:${port}`)
    .then((request) => emulator.handle(request))
    .then((response) => sendWebResponse(res, response))
    .catch((error: unknown) => {
      console.error('[emulator]', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
});

server.listen(port, host, () => {
  const origin = `http://${host}:${port}`;
  console.log(`Cinder/Keystone/Glance emulator listening on ${origin}`);
  console.log(`  Keystone: ${origin}/identity/v3`);
  console.log(`  Cinder:   ${origin}/volume/v3/{project_id}   Glance: ${origin}/image/v2`);
  console.log('  Accounts (domain Default): admin/admin (admin of "admin"), demo/demo (member of "demo"),');
  console.log('                             alice/alice (member of "demo" and "research")');
  console.log(`  Control:  ${origin}/_emulator/{reset,state,scenario,delays}`);
});

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping emulator`);
  emulator.flush();
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
