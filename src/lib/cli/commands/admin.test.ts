import { describe, expect, it } from 'vitest';
import { encryptionCalls } from '../../../api/admin/encryption';
import { manageCalls } from '../../../api/admin/manage';
import { quotaAdminCalls } from '../../../api/admin/quota-admin';
import { serviceCalls } from '../../../api/admin/services';
import type { RequestDescriptor } from '../../../api/descriptor';
import { buildCliCommand } from '../build-command';

const ctx = { volumeApiVersion: '3.70' };
const osc = 'openstack --os-volume-api-version 3.70';
const cinder = 'cinder --os-volume-api-version 3.70';
const cli = (request: RequestDescriptor) => buildCliCommand(request, ctx);

describe('admin CLI equivalents', () => {
  it('encryption: volume type set creates or changes it, unset --encryption-type removes it', () => {
    const input = { provider: 'luks', cipher: 'aes-xts-plain64', keySize: 256, controlLocation: 'front-end' as const };
    const set = `volume type set --encryption-provider luks --encryption-cipher aes-xts-plain64 --encryption-key-size 256 --encryption-control-location front-end t-1`;
    expect(cli(encryptionCalls.create('t-1', input)).command).toBe(`${osc} ${set}`);
    expect(cli(encryptionCalls.update('t-1', 'e-1', input)).command).toBe(`${osc} ${set}`);
    expect(cli(encryptionCalls.remove('t-1', 'e-1')).command).toBe(`${osc} volume type unset --encryption-type t-1`);
  });

  it('manage and unmanage use cinder with the reference key as --id-type', () => {
    const manage = manageCalls.manageVolume({ host: 'c@hdd#hdd', reference: { 'source-name': 'lv 1' }, name: "db's", volumeType: 'gold', availabilityZone: 'nova', bootable: true });
    expect(cli(manage).command).toBe(`${cinder} manage --name 'db'\\''s' --volume-type gold --availability-zone nova --bootable c@hdd#hdd --id-type source-name 'lv 1'`);
    const snap = manageCalls.manageSnapshot({ volumeId: 'v-1', reference: { 'source-name': 'snap-1' }, name: 'old' });
    expect(cli(snap).command).toBe(`${cinder} snapshot-manage --name 'old' v-1 --id-type source-name 'snap-1'`);
    expect(cli(manageCalls.unmanageVolume('v-1')).command).toBe(`${cinder} unmanage v-1`);
    expect(cli(manageCalls.unmanageSnapshot('s-1')).command).toBe(`${cinder} snapshot-unmanage s-1`);
  });

  it('services: enable, disable with a quoted reason', () => {
    expect(cli(serviceCalls.enable('c@hdd', 'cinder-volume')).command).toBe(`${osc} volume service set --enable c@hdd cinder-volume`);
    expect(cli(serviceCalls.disable('c@hdd', 'cinder-volume', 'disk swap')).command).toBe(`${osc} volume service set --disable --disable-reason 'disk swap' c@hdd cinder-volume`);
    expect(cli(serviceCalls.disable('c@hdd', 'cinder-volume', ' ')).command).toBe(`${osc} volume service set --disable c@hdd cinder-volume`);
  });

  it('quotas: project-wide keys as options, one type with --volume-type, defaults with --class, reset with quota delete', () => {
    expect(cli(quotaAdminCalls.update('p-1', { volumes: 20, backup_gigabytes: 50, per_volume_gigabytes: -1 })).command).toBe(
      `${osc} quota set --volumes 20 --backup-gigabytes 50 --per-volume-gigabytes '-1' p-1`,
    );
    expect(cli(quotaAdminCalls.update('p-1', { volumes_ssd: 5, gigabytes_ssd: 100 })).command).toBe(`${osc} quota set --volume-type ssd --volumes 5 --gigabytes 100 p-1`);
    const mixed = cli(quotaAdminCalls.update('p-1', { volumes: 5, volumes_ssd: 2, groups: 3 }));
    expect(mixed.command).toBe(`${osc} quota set --volumes 5 p-1`);
    expect(mixed.unsupported).toEqual(['volumes_ssd', 'groups']);
    expect(cli(quotaAdminCalls.updateDefaults({ snapshots: 30 })).command).toBe(`${osc} quota set --class --snapshots 30 default`);
    expect(cli(quotaAdminCalls.reset('p-1')).command).toBe(`${osc} quota delete --volume p-1`);
  });
});
