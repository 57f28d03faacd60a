import { describe, expect, test, vi } from 'vitest';
import { call, SEED, setup } from './helpers';

describe('scenarios and the control API', () => {
  test('volumeStuckIn keeps the status until reset-status (or reset)', async () => {
    const w = await setup();
    const r = await w.demo.post('/volumes', { volume: { size: 1 } });
    const id = r.body.volume.id;
    w.emu.scenarios.volumeStuckIn({ volumeId: id, status: 'creating' });
    w.clock.advance(60_000);
    expect((await w.demo.get(`/volumes/${id}`)).body.volume.status).toBe('creating');
    await w.admin.action(id, { 'os-reset_status': { status: 'error' } });
    expect((await w.demo.get(`/volumes/${id}`)).body.volume.status).toBe('error');
  });

  test('failNext extend: error_extending plus a user message for the volume', async () => {
    const w = await setup();
    w.emu.scenarios.failNext({ action: 'extend' });
    await w.demo.action(SEED.volumes.webData, { 'os-extend': { new_size: 11 } });
    w.clock.advance(2000);
    expect((await w.demo.get(`/volumes/${SEED.volumes.webData}`)).body.volume).toMatchObject({ status: 'error_extending', size: 10 });
    const msgs = (await w.demo.get(`/messages?resource_uuid=${SEED.volumes.webData}`)).body.messages;
    expect(msgs.map((m: { user_message: string }) => m.user_message)).toEqual(['extend volume:Volume Driver failed to extend volume.']);
    // in-use: the volume grows but Nova could not be told.
    w.emu.scenarios.failNext({ action: 'extend' });
    await w.demo.action(SEED.volumes.appData, { 'os-extend': { new_size: 16 } });
    w.clock.advance(2000);
    expect((await w.demo.get(`/volumes/${SEED.volumes.appData}`)).body.volume).toMatchObject({ status: 'in-use', size: 16 });
    const m2 = (await w.demo.get(`/messages?resource_uuid=${SEED.volumes.appData}`)).body.messages;
    expect(m2[0]).toMatchObject({ user_message: 'extend volume:Compute service failed to extend volume.', event_id: 'VOLUME_VOLUME_007_009' });
    // Only the next one fails.
    await w.demo.action(SEED.volumes.scratch01, { 'os-extend': { new_size: 2 } });
    w.clock.advance(2000);
    expect((await w.demo.get(`/volumes/${SEED.volumes.scratch01}`)).body.volume).toMatchObject({ status: 'available', size: 2 });
  });

  test('failNext aimed at one resource leaves the others alone', async () => {
    const w = await setup({ delays: 'instant' });
    w.emu.scenarios.failNext({ action: 'extend', resourceId: SEED.volumes.scratch02 });
    await w.demo.action(SEED.volumes.scratch01, { 'os-extend': { new_size: 3 } });
    expect((await w.demo.get(`/volumes/${SEED.volumes.scratch01}`)).body.volume).toMatchObject({ status: 'available', size: 3 });
    await w.demo.action(SEED.volumes.scratch02, { 'os-extend': { new_size: 4 } });
    expect((await w.demo.get(`/volumes/${SEED.volumes.scratch02}`)).body.volume.status).toBe('error_extending');
  });

  test('failNext create / snapshot / delete / retype', async () => {
    const w = await setup({ delays: 'instant' });
    w.emu.scenarios.failNext({ action: 'create' });
    const v = (await w.demo.post('/volumes', { volume: { size: 1 } })).body.volume;
    expect((await w.demo.get(`/volumes/${v.id}`)).body.volume.status).toBe('error');
    expect((await w.demo.get(`/messages?resource_uuid=${v.id}`)).body.messages[0].user_message).toBe('schedule allocate volume:Could not find any available weighted backend.');
    w.emu.scenarios.failNext({ action: 'snapshot' });
    const s = (await w.demo.post('/snapshots', { snapshot: { volume_id: SEED.volumes.webData } })).body.snapshot;
    expect((await w.demo.get(`/snapshots/${s.id}`)).body.snapshot.status).toBe('error');
    expect((await w.demo.get(`/messages?resource_uuid=${s.id}`)).body.messages[0]).toMatchObject({ user_message: 'create snapshot:Snapshot failed to create.', resource_type: 'VOLUME_SNAPSHOT' });
    w.emu.scenarios.failNext({ action: 'delete' });
    await w.demo.del(`/volumes/${SEED.volumes.scratch08}`);
    expect((await w.demo.get(`/volumes/${SEED.volumes.scratch08}`)).body.volume.status).toBe('error_deleting');
    w.emu.scenarios.failNext({ action: 'retype' });
    await w.demo.action(SEED.volumes.scratch10, { 'os-retype': { new_type: 'standard' } });
    expect((await w.demo.get(`/volumes/${SEED.volumes.scratch10}`)).body.volume).toMatchObject({ status: 'available', volume_type: '__DEFAULT__' });
  });

  test('serverError: the next N matching requests get Cinder / Keystone shaped faults', async () => {
    const w = await setup();
    w.emu.scenarios.serverError({ status: 503, count: 2, pathPrefix: '/volume' });
    for (let i = 0; i < 2; i++) {
      const r = await w.demo.get('/volumes');
      expect(r.status).toBe(503);
      expect(r.body).toEqual({ serviceUnavailable: { code: 503, message: 'The server is currently unavailable. Please try again at a later time.' } });
    }
    expect((await w.demo.get('/volumes')).status).toBe(200);
    w.emu.scenarios.serverError({ status: 500 });
    const k = await call(w.emu, 'GET', '/identity/v3/auth/projects', { token: w.demo.token });
    expect(k.status).toBe(500);
    expect(k.body.error.code).toBe(500);
    const c = await w.demo.get('/volumes');
    expect(c.status).toBe(200);
  });

  test('slowResponses delays matching responses', async () => {
    const w = await setup();
    w.emu.scenarios.slowResponses({ ms: 120, count: 1, pathPrefix: '/volume' });
    // Count the emulator's waits rather than time the second call: an upper time limit fails on a busy machine.
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const waits = () => timers.mock.calls.filter(([, ms]) => ms === 120).length;
    try {
      const t0 = performance.now();
      expect((await w.demo.get('/volumes?limit=1')).status).toBe(200);
      // A sleep only ever lasts longer, so the lower bound holds however loaded the machine is.
      expect(performance.now() - t0).toBeGreaterThanOrEqual(100);
      expect(waits()).toBe(1);
      expect((await w.demo.get('/volumes?limit=1')).status).toBe(200);
      expect(waits()).toBe(1);
    } finally {
      timers.mockRestore();
    }
  });

  test('expireTokens: every current token gets 401', async () => {
    const w = await setup();
    w.emu.scenarios.expireTokens();
    const r = await w.demo.get('/volumes');
    expect(r.status).toBe(401);
    expect(r.headers.get('WWW-Authenticate')).toContain('Keystone uri=');
  });

  test('setVolumeStatus, createVolume and quotaNearlyFull', async () => {
    const w = await setup({ delays: 'instant' });
    w.emu.scenarios.setVolumeStatus({ volumeId: SEED.volumes.webData, status: 'error' });
    expect((await w.demo.get(`/volumes/${SEED.volumes.webData}`)).body.volume.status).toBe('error');
    const { id } = w.emu.scenarios.createVolume({ projectId: SEED.projects.research, name: 'made-by-test', size: 3, volumeType: 'ssd', attachedTo: [SEED.servers.lab1] });
    const v = (await w.alice.get(`/volumes/${id}`)).body.volume;
    expect(v).toMatchObject({ name: 'made-by-test', size: 3, volume_type: 'ssd', status: 'in-use' });
    expect(v.attachments[0].server_id).toBe(SEED.servers.lab1);
    const limits = w.emu.scenarios.quotaNearlyFull({ projectId: SEED.projects.demo });
    expect(limits.volumes).toBe(32);
    expect((await w.demo.post('/volumes', { volume: { size: 1 } })).status).toBe(202);
    const full = await w.demo.post('/volumes', { volume: { size: 1 } });
    expect(full.status).toBe(413);
  });

  test('HTTP control API: scenario, state, delays, reset', async () => {
    const w = await setup();
    const bad = await call(w.emu, 'POST', '/_emulator/scenario', { body: { name: 'nope' } });
    expect(bad.status).toBe(400);
    const ok = await call(w.emu, 'POST', '/_emulator/scenario', { body: { name: 'setVolumeStatus', args: { volumeId: SEED.volumes.webData, status: 'maintenance' } } });
    expect(ok.status).toBe(200);
    expect(ok.body.ok).toBe(true);
    const created = await call(w.emu, 'POST', '/_emulator/scenario', { body: { name: 'createVolume', args: { projectId: SEED.projects.demo, name: 'via-http' } } });
    expect(created.body.result.id).toMatch(/^[0-9a-f-]{36}$/);
    const state = await call(w.emu, 'GET', '/_emulator/state');
    expect(state.body.volumes).toBe(37);
    expect(state.body.projects[SEED.projects.demo].volumes).toBe(32);
    const delays = await call(w.emu, 'POST', '/_emulator/delays', { body: '"instant"' });
    expect(delays.body.delays.create).toBe(0);
    const partial = await call(w.emu, 'POST', '/_emulator/delays', { body: { create: 10 } });
    expect(partial.body.delays).toMatchObject({ create: 10, extend: 0 });
    const reset = await call(w.emu, 'POST', '/_emulator/reset');
    expect(reset.status).toBe(200);
    expect((await w.demo.get(`/volumes/${SEED.volumes.webData}`)).body.volume.status).toBe('available');
    expect((await call(w.emu, 'GET', '/_emulator/state')).body.volumes).toBe(36);
    expect((await call(w.emu, 'GET', '/_emulator/delays')).body.delays.create).toBe(3000);
  });
});
