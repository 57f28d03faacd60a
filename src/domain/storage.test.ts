import { describe, expect, it } from 'vitest';
import type { Pool, QosSpec, VolumeType } from '../api/models';
import { backendCapacity, buildStorageMap, capacityLevel, parseCapacity, splitPoolName, toPoolNode } from './storage';

const pool = (name: string, caps: Pool['capabilities']): Pool => ({ name, capabilities: caps });
const type = (id: string, name: string, extra: Record<string, string> = {}, qos: string | null = null): VolumeType => ({
  id,
  name,
  description: null,
  is_public: true,
  extra_specs: extra,
  qos_specs_id: qos,
});

const pools = [
  pool('cinder@lvm-ssd#ssd', { volume_backend_name: 'ssd', total_capacity_gb: 500, free_capacity_gb: 400, allocated_capacity_gb: 100 }),
  pool('cinder@lvm-hdd#hdd', { volume_backend_name: 'hdd', total_capacity_gb: 1000, free_capacity_gb: 850, allocated_capacity_gb: 150 }),
];
const qos: QosSpec[] = [{ id: 'q1', name: 'gold-iops', consumer: 'front-end', specs: {} }];
const types = [
  type('t-std', 'standard', { volume_backend_name: 'hdd' }),
  type('t-ssd', 'ssd', { volume_backend_name: 'ssd' }, 'q1'),
  type('t-shared', 'shared', { multiattach: '<is> True' }),
  type('t-def', '__DEFAULT__'),
  type('t-ghost', 'ghost', { volume_backend_name: 'ceph' }),
  type('t-lost-qos', 'lost-qos', { volume_backend_name: 'hdd' }, 'gone'),
];

describe('buildStorageMap', () => {
  const map = buildStorageMap(pools, types, qos);

  it('groups pools by volume_backend_name, sorted, with their targeting types', () => {
    expect(map.backends.map((b) => b.name)).toEqual(['hdd', 'ssd']);
    expect(map.backends[0]!.types.map((t) => t.name)).toEqual(['lost-qos', 'standard']);
    expect(map.backends[1]!.types.map((t) => t.name)).toEqual(['ssd']);
  });

  it('puts types without volume_backend_name in the any-backend lane', () => {
    expect(map.anyBackend.map((t) => t.name)).toEqual(['__DEFAULT__', 'shared']);
    expect(map.anyBackend.find((t) => t.name === 'shared')?.multiattach).toBe(true);
  });

  it('reports types that target a backend no pool reports', () => {
    expect(map.missingBackends).toEqual([{ name: 'ceph', types: [expect.objectContaining({ id: 't-ghost' })] }]);
  });

  it('resolves QoS specs by id and keeps an unknown id visible', () => {
    expect(map.backends[1]!.types[0]!.qos).toEqual({ id: 'q1', name: 'gold-iops', consumer: 'front-end' });
    expect(map.backends[0]!.types[0]!.qos).toEqual({ id: 'gone', name: null, consumer: null });
    expect(map.backends[0]!.types[1]!.qos).toBeNull();
  });

  it('sums capacity per backend and overall', () => {
    expect(map.total).toBe(1500);
    expect(map.free).toBe(1250);
    expect(map.poolCount).toBe(2);
    expect(map.typeCount).toBe(6);
  });

  it('takes the backend from host@backend when a pool reports no volume_backend_name', () => {
    const m = buildStorageMap([pool('node1@nfs#share1', { total_capacity_gb: 10, free_capacity_gb: 5 })], [type('t', 'nfs', { volume_backend_name: 'nfs' })], []);
    expect(m.backends).toEqual([expect.objectContaining({ name: 'nfs', reported: false })]);
    expect(m.backends[0]!.types.map((t) => t.name)).toEqual(['nfs']);
    expect(m.missingBackends).toEqual([]);
  });

  it('several pools of one backend form one column', () => {
    const m = buildStorageMap(
      [pool('h@ceph#b', { volume_backend_name: 'ceph', total_capacity_gb: 10, free_capacity_gb: 1 }), pool('h@ceph#a', { volume_backend_name: 'ceph', total_capacity_gb: 20, free_capacity_gb: 2 })],
      [],
      [],
    );
    expect(m.backends).toHaveLength(1);
    expect(m.backends[0]!.pools.map((p) => p.poolName)).toEqual(['a', 'b']);
    expect(m.backends[0]!.total).toBe(30);
  });

  it('is empty without pools and types', () => {
    expect(buildStorageMap([], [], [])).toMatchObject({ backends: [], missingBackends: [], anyBackend: [], poolCount: 0, typeCount: 0 });
  });
});

describe('pool capacity', () => {
  it('parses numbers, numeric strings, infinite and unknown', () => {
    expect(parseCapacity(12.5)).toBe(12.5);
    expect(parseCapacity('40')).toBe(40);
    expect(parseCapacity('infinite')).toBe('infinite');
    expect(parseCapacity('unknown')).toBe('unknown');
    expect(parseCapacity(undefined)).toBe('unknown');
  });

  it('computes used and allocated shares; thin pools may be over-allocated', () => {
    const node = toPoolNode(pool('h@b#p', { total_capacity_gb: 100, free_capacity_gb: 25, allocated_capacity_gb: 300, thin_provisioning_support: true, max_over_subscription_ratio: '20.0' }));
    expect(node.usedRatio).toBe(0.75);
    expect(node.allocatedRatio).toBe(3);
    expect(node.thin).toBe(true);
    expect(node.overSubscriptionRatio).toBe(20);
  });

  it('has no ratio for infinite capacity', () => {
    expect(toPoolNode(pool('h@b#p', { total_capacity_gb: 'infinite', free_capacity_gb: 'infinite' })).usedRatio).toBeNull();
  });

  it('splits host@backend#pool', () => {
    expect(splitPoolName('cinder@lvm-hdd#hdd')).toEqual({ host: 'cinder@lvm-hdd', backend: 'lvm-hdd', pool: 'hdd' });
    expect(splitPoolName('plainhost')).toEqual({ host: 'plainhost', backend: null, pool: 'plainhost' });
  });

  it('a backend with an infinite or unknown pool does not claim a numeric sum', () => {
    const m = buildStorageMap(
      [
        pool('h@thin#a', { volume_backend_name: 'thin', total_capacity_gb: 'infinite', free_capacity_gb: 'infinite' }),
        pool('h@thin#b', { volume_backend_name: 'thin', total_capacity_gb: 10, free_capacity_gb: 'unknown' }),
        pool('h@lvm#c', { volume_backend_name: 'lvm', total_capacity_gb: 10, free_capacity_gb: 4 }),
      ],
      [],
      [],
    );
    expect(backendCapacity(m.backends.find((b) => b.name === 'thin')!)).toEqual({ total: 'infinite', free: 'infinite' });
    expect(backendCapacity({ pools: [toPoolNode(pool('x', { total_capacity_gb: 5, free_capacity_gb: 'unknown' }))], total: 5, free: 0 })).toEqual({ total: 5, free: 'unknown' });
    expect(backendCapacity(m.backends.find((b) => b.name === 'lvm')!)).toEqual({ total: 10, free: 4 });
  });

  it('levels at 80 % and 95 %', () => {
    expect(capacityLevel(0.5)).toBe('normal');
    expect(capacityLevel(0.8)).toBe('warning');
    expect(capacityLevel(0.95)).toBe('critical');
    expect(capacityLevel(null)).toBe('normal');
  });
});
