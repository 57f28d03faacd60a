import { describe, expect, it } from 'vitest';
import { changedLimits, limitProblem, quotaKeyMeaning, sortQuotaRows } from './quota-limits';

describe('quota limit rules (Cinder quotas.py)', () => {
  it('refuses a limit below in_use + reserved, except -1 and per_volume_gigabytes', () => {
    expect(limitProblem({ key: 'volumes', used: 31 }, 3)).toEqual({ kind: 'belowUsage', used: 31 });
    expect(limitProblem({ key: 'volumes', used: 31 }, 31)).toBeNull();
    expect(limitProblem({ key: 'volumes', used: 31 }, -1)).toBeNull();
    expect(limitProblem({ key: 'per_volume_gigabytes', used: 50 }, 1)).toBeNull();
    expect(limitProblem({ key: 'gigabytes_ssd', used: 100 }, 99)).toEqual({ kind: 'belowUsage', used: 100 });
  });

  it('needs an integer from -1 to 2147483647', () => {
    expect(limitProblem({ key: 'volumes', used: 0 }, -2)).toEqual({ kind: 'tooSmall' });
    expect(limitProblem({ key: 'volumes', used: 0 }, 2147483648)).toEqual({ kind: 'tooLarge' });
    expect(limitProblem({ key: 'volumes', used: 0 }, 1.5)).toEqual({ kind: 'notInteger' });
    expect(limitProblem({ key: 'volumes', used: 0 }, null)).toEqual({ kind: 'notInteger' });
  });

  it('sends only what changed', () => {
    const rows = [
      { key: 'volumes', limit: 10, used: 0, inUse: 0, reserved: 0 },
      { key: 'gigabytes', limit: 1000, used: 0, inUse: 0, reserved: 0 },
    ];
    expect(changedLimits(rows, { volumes: 10, gigabytes: 500 })).toEqual({ gigabytes: 500 });
  });

  it('reads any key Cinder returns and orders project-wide keys first', () => {
    expect(quotaKeyMeaning('backup_gigabytes')).toEqual({ scope: 'project', resource: 'backup_gigabytes' });
    expect(quotaKeyMeaning('snapshots_gold_fast')).toEqual({ scope: 'type', resource: 'snapshots', type: 'gold_fast' });
    expect(quotaKeyMeaning('shares')).toEqual({ scope: 'other', key: 'shares' });
    const keys = sortQuotaRows(['gigabytes_ssd', 'shares', 'volumes_ssd', 'groups', 'volumes', 'volumes_hdd'].map((key) => ({ key }))).map((r) => r.key);
    expect(keys).toEqual(['volumes', 'groups', 'volumes_hdd', 'volumes_ssd', 'gigabytes_ssd', 'shares']);
  });
});
