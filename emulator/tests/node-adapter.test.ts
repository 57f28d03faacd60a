import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createEmulator } from '../index';
import { sendWebResponse, toWebRequest } from '../node-adapter';
import { passwordAuth, SEED } from './helpers';

let server: Server;
let origin = '';

beforeAll(async () => {
  const emulator = createEmulator({ delays: 'instant' });
  server = createServer((req, res) => {
    void toWebRequest(req, 'http://fallback.invalid').then((r) => emulator.handle(r)).then((response) => sendWebResponse(res, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('node adapter over real HTTP', () => {
  test('login, catalog built from the Host the client used, a POST with a body, headers carried both ways', async () => {
    const login = await fetch(`${origin}/identity/v3/auth/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(passwordAuth('demo', 'demo')) });
    expect(login.status).toBe(201);
    const token = login.headers.get('x-subject-token')!;
    const body = (await login.json()) as { token: { catalog: { type: string; endpoints: { url: string }[] }[] } };
    expect(body.token.catalog.find((e) => e.type === 'volumev3')!.endpoints[0]!.url).toBe(`${origin}/volume/v3/${SEED.projects.demo}`);
    const created = await fetch(`${origin}/volume/v3/${SEED.projects.demo}/volumes`, {
      method: 'POST',
      headers: { 'X-Auth-Token': token, 'OpenStack-API-Version': 'volume 3.70', 'Content-Type': 'application/json' },
      body: JSON.stringify({ volume: { size: 1, name: 'over-http' } }),
    });
    expect(created.status).toBe(202);
    expect(created.headers.get('openstack-api-version')).toBe('volume 3.70');
    const deleted = await fetch(`${origin}/volume/v3/${SEED.projects.demo}/volumes/${((await created.json()) as { volume: { id: string } }).volume.id}`, {
      method: 'DELETE',
      headers: { 'X-Auth-Token': token },
    });
    expect(deleted.status).toBe(202);
    expect(await deleted.text()).toBe('');
  });
});
