import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  associateQos,
  createQosSpec,
  deleteQosSpec,
  disassociateAllQos,
  disassociateQos,
  listQosAssociations,
  setQosKeys,
  unsetQosKeys,
} from './qos-specs';
import { setSession, type Session } from './session';

const session: Session = {
  token: 'tok',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: { id: 'u', name: 'admin', domainId: 'default', domainName: 'Default' },
  project: { id: 'p', name: 'admin', domainId: 'default', domainName: 'Default' },
  roles: ['admin'],
  endpoints: { blockStorage: '/api/block-storage/v3/p', image: null },
  volumeApiVersion: '3.70',
};

let calls: { url: string; method: string; body: unknown }[] = [];
function answer(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, method: init.method ?? 'GET', body: init.body ? JSON.parse(String(init.body)) : undefined });
      return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'x-openstack-request-id': 'req-1' } });
    }),
  );
}

beforeEach(() => {
  calls = [];
  setSession(session);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

describe('QoS specs API', () => {
  it('creates with the spec keys flat beside name and consumer', async () => {
    answer({ qos_specs: { id: 'q', name: 'gold', consumer: 'front-end', specs: { total_iops_sec: '500' } }, links: [] });
    const spec = await createQosSpec({ name: 'gold', consumer: 'front-end', specs: { total_iops_sec: '500' } });
    expect(spec.id).toBe('q');
    expect(calls[0]).toEqual({
      url: '/api/block-storage/v3/p/qos-specs',
      method: 'POST',
      body: { qos_specs: { total_iops_sec: '500', name: 'gold', consumer: 'front-end' } },
    });
  });

  it('leaves the consumer out when none is chosen (Cinder defaults to back-end)', async () => {
    answer({ qos_specs: { id: 'q', name: 'n', consumer: 'back-end', specs: {} } });
    await createQosSpec({ name: 'n' });
    expect(calls[0]!.body).toEqual({ qos_specs: { name: 'n' } });
  });

  it('sets keys with PUT and unsets them with PUT …/delete_keys', async () => {
    answer({ qos_specs: { consumer: 'both', read_iops_sec: '9' } });
    await setQosKeys('q', { consumer: 'both', read_iops_sec: '9' });
    answer(null, 202);
    await unsetQosKeys('q', ['a', 'b']);
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['PUT', '/api/block-storage/v3/p/qos-specs/q', { qos_specs: { consumer: 'both', read_iops_sec: '9' } }],
      ['PUT', '/api/block-storage/v3/p/qos-specs/q/delete_keys', { keys: ['a', 'b'] }],
    ]);
  });

  it('deletes with force only when asked', async () => {
    answer(null, 202);
    await deleteQosSpec('q');
    await deleteQosSpec('q', { force: true });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'DELETE /api/block-storage/v3/p/qos-specs/q',
      'DELETE /api/block-storage/v3/p/qos-specs/q?force=true',
    ]);
  });

  it('associates and disassociates with GETs, as real Cinder does', async () => {
    answer(null, 202);
    await associateQos('q', 't1');
    await disassociateQos('q', 't1');
    await disassociateAllQos('q');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/block-storage/v3/p/qos-specs/q/associate?vol_type_id=t1',
      'GET /api/block-storage/v3/p/qos-specs/q/disassociate?vol_type_id=t1',
      'GET /api/block-storage/v3/p/qos-specs/q/disassociate_all',
    ]);
  });

  it('reads the associations and surfaces Cinder’s refusal as an ApiError', async () => {
    answer({ qos_associations: [{ association_type: 'volume_type', name: 'ssd', id: 't1' }] });
    expect(await listQosAssociations('q')).toEqual([{ association_type: 'volume_type', name: 'ssd', id: 't1' }]);
    answer({ badRequest: { code: 400, message: 'Qos specs still in use.' } }, 400);
    await expect(deleteQosSpec('q')).rejects.toMatchObject({ status: 400, message: 'Qos specs still in use.', requestId: 'req-1' });
  });
});
