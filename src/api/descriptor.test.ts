import { describe, expect, it } from 'vitest';
import { sampleCalls } from '../test/cinder-calls';
import { CINDER_OPS } from './descriptor';

describe('request descriptors', () => {
  it('each builder names its own op and a Cinder path', () => {
    for (const op of CINDER_OPS) {
      const request = sampleCalls[op];
      expect(request.op).toBe(op);
      expect(request.service).toBe('blockStorage');
      expect(request.path).toMatch(/^\/(volumes|snapshots|types|qos-specs|backups|manageable_volumes|manageable_snapshots|os-services|os-quota-sets|os-quota-class-sets)(\/|$)/);
      if (request.params.id) expect(request.path).toContain(`/${encodeURIComponent(request.params.id)}`);
    }
  });

  it('lists no op twice', () => {
    expect(new Set(CINDER_OPS).size).toBe(CINDER_OPS.length);
  });
});
