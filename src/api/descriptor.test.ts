import { describe, expect, it } from 'vitest';
import { sampleCalls } from '../test/cinder-calls';
import { CINDER_OPS } from './descriptor';

describe('request descriptors', () => {
  it('each builder names its own op and a Cinder path (a Nova one for server ops)', () => {
    for (const op of CINDER_OPS) {
      const request = sampleCalls[op];
      expect(request.op).toBe(op);
      const nova = op.startsWith('server.');
      expect(request.service).toBe(nova ? 'compute' : 'blockStorage');
      expect(request.path).toMatch(nova ? /^\/servers\/[^/]+\/os-volume_attachments(\/|$)/ : /^\/(volumes|snapshots|types|qos-specs|backups|volume-transfers|os-volume-transfer|manageable_volumes|manageable_snapshots|os-services|os-quota-sets|os-quota-class-sets)(\/|$)/);
      const inPath = nova ? request.params.serverId : request.params.id;
      if (inPath) expect(request.path).toContain(`/${encodeURIComponent(inPath)}`);
    }
  });

  it('lists no op twice', () => {
    expect(new Set(CINDER_OPS).size).toBe(CINDER_OPS.length);
  });
});
