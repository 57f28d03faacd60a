import { describe, expect, it } from 'vitest';
import { buildCliCommand, buildCliCommands } from './build-command';
import { arg, quote } from './quote';
import { CINDER_OPS, type RequestDescriptor } from '../../api/descriptor';
import { qosCalls } from '../../api/qos-specs';
import { serverCalls } from '../../api/servers';
import { snapshotCalls } from '../../api/snapshots';
import { volumeActionCalls } from '../../api/volume-actions';
import { volumeTypeCalls } from '../../api/volume-types';
import { volumeCalls } from '../../api/volumes';
import { sampleCalls } from '../../test/cinder-calls';
import { cinderCalls } from '../../api/descriptor';
import { transferCalls } from '../../api/volume-transfers';

const volumes = cinderCalls('/volumes');

const ctx = { volumeApiVersion: '3.70' };
const osc = 'openstack --os-volume-api-version 3.70';
const cmd = (request: RequestDescriptor) => buildCliCommand(request, ctx).command;
const V = 'a1b2c3d4-0000-4000-8000-000000000001';

describe('shell quoting', () => {
  it('single-quotes free text and escapes embedded single quotes', () => {
    expect(quote("it's $HOME")).toBe(`'it'\\''s $HOME'`);
    expect(quote('')).toBe("''");
  });
  it('leaves safe words bare and quotes the rest', () => {
    expect(arg('volume_backend_name=lvm')).toBe('volume_backend_name=lvm');
    expect(arg('h@b#p')).toBe('h@b#p');
    expect(arg('a b')).toBe("'a b'");
    expect(arg('-x')).toBe("'-x'");
    expect(arg('#x')).toBe("'#x'");
    expect(arg('k=$(rm -rf /)')).toBe("'k=$(rm -rf /)'");
  });
});

describe('volume commands', () => {
  it('create with every option, name last', () => {
    const request = volumeActionCalls.create({
      size: 10,
      name: "db's data",
      description: 'primary db',
      volume_type: 'ssd',
      availability_zone: 'nova',
      metadata: { tier: 'gold', owner: 'ops team' },
    });
    expect(cmd(request)).toBe(
      `${osc} volume create --size 10 --type ssd --availability-zone nova --description 'primary db' --property tier=gold --property 'owner=ops team' 'db'\\''s data'`,
    );
  });
  it('create from a snapshot leaves out empty fields', () => {
    expect(cmd(volumeActionCalls.create({ size: 5, snapshot_id: 's-1', name: 'clone', description: '', metadata: {} }))).toBe(
      `${osc} volume create --size 5 --snapshot s-1 'clone'`,
    );
  });
  it('create from a volume or an image', () => {
    expect(cmd(volumeActionCalls.create({ size: 1, source_volid: 'v-9' }))).toBe(`${osc} volume create --size 1 --source v-9`);
    expect(cmd(volumeActionCalls.create({ size: 1, imageRef: 'img-1', name: 'boot' }))).toBe(`${osc} volume create --size 1 --image img-1 'boot'`);
  });
  it('edit name and description', () => {
    expect(cmd(volumeCalls.update(V, { name: 'new', description: 'x y' }))).toBe(`${osc} volume set --name 'new' --description 'x y' ${V}`);
  });
  it('bootable flag', () => {
    expect(cmd(volumeActionCalls.setBootable(V, true))).toBe(`${osc} volume set --bootable ${V}`);
    expect(cmd(volumeActionCalls.setBootable(V, false))).toBe(`${osc} volume set --non-bootable ${V}`);
  });
  it('replace metadata clears then sets', () => {
    expect(cmd(volumeCalls.replaceMetadata(V, { a: '1' }))).toBe(`${osc} volume set --no-property --property a=1 ${V}`);
  });
  it('extend', () => {
    expect(cmd(volumeActionCalls.extend(V, 20))).toBe(`${osc} volume set --size 20 ${V}`);
  });
  it('retype with a migration policy', () => {
    expect(cmd(volumeActionCalls.retype(V, 'ssd', 'on-demand'))).toBe(`${osc} volume set --type ssd --retype-policy on-demand ${V}`);
  });
  it('retype reports vendor-only fields it cannot express', () => {
    const result = buildCliCommand(volumeActionCalls.retype(V, 'ssd', 'never', { qos_bps_limit: 100 }), ctx);
    expect(result.command).toBe(`${osc} volume set --type ssd --retype-policy never ${V}`);
    expect(result.unsupported).toEqual(['qos_bps_limit']);
  });
  it('revert uses cinder with the negotiated microversion', () => {
    const result = buildCliCommand(volumeActionCalls.revert(V, 'snap-1'), { volumeApiVersion: '3.40' });
    expect(result).toEqual({ command: 'cinder --os-volume-api-version 3.40 revert-to-snapshot snap-1', tool: 'cinder', unsupported: [] });
  });
  it('create snapshot, forced, with properties', () => {
    expect(cmd(snapshotCalls.create({ volume_id: V, name: 'nightly', description: 'before upgrade', force: true, metadata: { k: 'v' } }))).toBe(
      `${osc} volume snapshot create --volume ${V} --description 'before upgrade' --force --property k=v 'nightly'`,
    );
    expect(cmd(snapshotCalls.create({ volume_id: V, force: false }))).toBe(`${osc} volume snapshot create --volume ${V} ''`);
  });
  it('reset status and attach status', () => {
    expect(cmd(volumeActionCalls.resetStatus(V, { status: 'error' }))).toBe(`${osc} volume set --state error ${V}`);
    expect(cmd(volumeActionCalls.resetStatus(V, { status: 'available', attach_status: 'detached' }))).toBe(`${osc} volume set --state available --detached ${V}`);
  });
  it('reset migration status falls back to cinder reset-state', () => {
    const result = buildCliCommand(volumeActionCalls.resetStatus(V, { status: 'available', migration_status: 'none' }), ctx);
    expect(result.command).toBe(`cinder --os-volume-api-version 3.70 reset-state --state available --reset-migration-status ${V}`);
    expect(result.tool).toBe('cinder');
  });
  it('migrate with and without the flags', () => {
    expect(cmd(volumeActionCalls.migrate(V, { host: 'h@b#p', force_host_copy: true, lock_volume: true }))).toBe(
      `${osc} volume migrate --host h@b#p --force-host-copy --lock-volume ${V}`,
    );
    expect(cmd(volumeActionCalls.migrate(V, { host: 'h@b#p', force_host_copy: false, lock_volume: false }))).toBe(`${osc} volume migrate --host h@b#p ${V}`);
  });
  it('force delete', () => {
    expect(cmd(volumeActionCalls.forceDelete(V))).toBe(`${osc} volume delete --force ${V}`);
  });
  it('delete, with and without its snapshots', () => {
    expect(cmd(volumeActionCalls.remove(V))).toBe(`${osc} volume delete ${V}`);
    expect(cmd(volumeActionCalls.remove(V, { cascade: true }))).toBe(`${osc} volume delete --purge ${V}`);
  });
});

describe('snapshot commands', () => {
  it('edit', () => {
    expect(cmd(snapshotCalls.update('s-1', { name: 'n', description: '' }))).toBe(`${osc} volume snapshot set --name 'n' s-1`);
  });
  it('replace metadata', () => {
    expect(cmd(snapshotCalls.replaceMetadata('s-1', { a: 'b c' }))).toBe(`${osc} volume snapshot set --no-property --property 'a=b c' s-1`);
  });
  it('delete', () => {
    expect(cmd(snapshotCalls.remove('s-1'))).toBe(`${osc} volume snapshot delete s-1`);
  });
  it('reset status', () => {
    expect(cmd(snapshotCalls.resetStatus('s-1', 'available'))).toBe(`${osc} volume snapshot set --state available s-1`);
  });
  it('force delete', () => {
    expect(cmd(snapshotCalls.forceDelete('s-1'))).toBe(`${osc} volume snapshot delete --force s-1`);
  });
});

describe('volume type commands', () => {
  it('create public and private types with extra specs', () => {
    expect(cmd(volumeTypeCalls.create({ name: 'gold', isPublic: true, description: 'fast', extraSpecs: { volume_backend_name: 'lvm' } }))).toBe(
      `${osc} volume type create --description 'fast' --public --property volume_backend_name=lvm 'gold'`,
    );
    expect(cmd(volumeTypeCalls.create({ name: 'vip', isPublic: false }))).toBe(`${osc} volume type create --private 'vip'`);
  });
  it('edit', () => {
    expect(cmd(volumeTypeCalls.update('t-1', { name: 'gold2', isPublic: false }))).toBe(`${osc} volume type set --name 'gold2' --private t-1`);
  });
  it('delete', () => {
    expect(cmd(volumeTypeCalls.remove('t-1'))).toBe(`${osc} volume type delete t-1`);
  });
  it('set and unset extra specs', () => {
    expect(cmd(volumeTypeCalls.setExtraSpecs('t-1', { 'capabilities:thin': '<is> True' }))).toBe(
      `${osc} volume type set --property 'capabilities:thin=<is> True' t-1`,
    );
    expect(cmd(volumeTypeCalls.deleteExtraSpec('t-1', 'a:b'))).toBe(`${osc} volume type unset --property a:b t-1`);
  });
  it('grant and revoke project access', () => {
    expect(cmd(volumeTypeCalls.addAccess('t-1', 'p-1'))).toBe(`${osc} volume type set --project p-1 t-1`);
    expect(cmd(volumeTypeCalls.removeAccess('t-1', 'p-1'))).toBe(`${osc} volume type unset --project p-1 t-1`);
  });
});

describe('QoS commands', () => {
  it('create with consumer and properties', () => {
    expect(cmd(qosCalls.create({ name: 'fast io', consumer: 'front-end', specs: { total_iops_sec: '500' } }))).toBe(
      `${osc} volume qos create --consumer front-end --property total_iops_sec=500 'fast io'`,
    );
  });
  it('set and unset keys', () => {
    expect(cmd(qosCalls.setKeys('q-1', { read_iops_sec: '10', write_iops_sec: '20' }))).toBe(
      `${osc} volume qos set --property read_iops_sec=10 --property write_iops_sec=20 q-1`,
    );
    expect(cmd(qosCalls.unsetKeys('q-1', ['a', 'b']))).toBe(`${osc} volume qos unset --property a --property b q-1`);
  });
  it('associate and disassociate', () => {
    expect(cmd(qosCalls.associate('q-1', 't-1'))).toBe(`${osc} volume qos associate q-1 t-1`);
    expect(cmd(qosCalls.disassociate('q-1', 't-1'))).toBe(`${osc} volume qos disassociate --volume-type t-1 q-1`);
    expect(cmd(qosCalls.disassociateAll('q-1'))).toBe(`${osc} volume qos disassociate --all q-1`);
  });
  it('delete, forced', () => {
    expect(cmd(qosCalls.remove('q-1', true))).toBe(`${osc} volume qos delete --force q-1`);
  });
});

describe('transfer, upload and flag commands', () => {
  it('create a transfer request, with and without snapshots', () => {
    expect(cmd(transferCalls.create({ volumeId: V, name: "db's move" }))).toBe(`${osc} volume transfer request create --name 'db'\\''s move' ${V}`);
    const request = { ...transferCalls.create({ volumeId: V }), body: { transfer: { volume_id: V, no_snapshots: true } } };
    expect(cmd(request)).toBe(`${osc} volume transfer request create --no-snapshots ${V}`);
  });
  it('accept masks the authorization key whatever was typed', () => {
    const command = cmd(transferCalls.accept('t-1', '0123456789abcdef'));
    expect(command).toBe(`${osc} volume transfer request accept --auth-key '********' t-1`);
    expect(command).not.toContain('0123456789abcdef');
  });
  it('cancel deletes the transfer request', () => {
    expect(cmd(transferCalls.remove('t-1'))).toBe(`${osc} volume transfer request delete t-1`);
  });
  it('upload to image is openstack image create --volume', () => {
    const request = volumes.action('volume.uploadImage', V, 'os-volume_upload_image', {
      image_name: 'golden image',
      disk_format: 'qcow2',
      container_format: 'bare',
      visibility: 'shared',
      protected: true,
      force: true,
    });
    expect(cmd(request)).toBe(`${osc} image create --volume ${V} --disk-format qcow2 --container-format bare --shared --protected --force 'golden image'`);
  });
  it('read-only and read-write', () => {
    expect(cmd(volumeActionCalls.setReadonly(V, true))).toBe(`${osc} volume set --read-only ${V}`);
    expect(cmd(volumeActionCalls.setReadonly(V, false))).toBe(`${osc} volume set --read-write ${V}`);
  });
});

describe('every op', () => {
  it('maps to a command naming the resource it acts on', () => {
    for (const op of CINDER_OPS) {
      const request = sampleCalls[op];
      const { command } = buildCliCommand(request, ctx);
      expect(command, op).toMatch(op.startsWith('server.') ? /^openstack --os-compute-api-version 2\.60 server / : /^(openstack|cinder) --os-volume-api-version 3\.70 /);
      // revert names the snapshot (cinder revert-to-snapshot <snapshot>), force detach the attachment, every other op its own resource.
      const target = op === 'volume.revert' ? 's-1' : op === 'volume.forceDetach' ? 'a-1' : request.params.id;
      if (target) expect(command.split(' '), op).toContain(target);
    }
  });
  it('reads ids and keys from the params, not from the encoded path', () => {
    expect(cmd(volumeTypeCalls.deleteExtraSpec('t 1', 'a/b'))).toBe(`${osc} volume type unset --property a/b 't 1'`);
    expect(cmd(volumeCalls.setMetadataKey('v-1', 'k', 'v w'))).toBe(`${osc} volume set --property 'k=v w' v-1`);
  });
  it('joins several requests in order', () => {
    const commands = buildCliCommands([qosCalls.setKeys('q', { a: '1' }), qosCalls.unsetKeys('q', ['b'])], ctx);
    expect(commands.map((c) => c.command)).toEqual([`${osc} volume qos set --property a=1 q`, `${osc} volume qos unset --property b q`]);
  });
  it('accepts only known ops (checked by tsc)', () => {
    // @ts-expect-error: 'volume.explode' is no CinderOp, so a descriptor cannot name it.
    const wrong: RequestDescriptor = { ...sampleCalls['volume.extend'], op: 'volume.explode' };
    expect(() => buildCliCommand(wrong, ctx)).toThrow();
  });
});

describe('Nova attach / detach and force detach', () => {
  const S = 'f0e1d2c3-0000-4000-8000-000000000002';
  const nova = { volumeApiVersion: '3.70', computeApiVersion: '2.60' };
  it('attach and detach are openstack server add / remove volume, pinned to the compute microversion', () => {
    expect(buildCliCommand(serverCalls.addVolume(S, V), nova).command).toBe(`openstack --os-compute-api-version 2.60 server add volume ${S} ${V}`);
    expect(buildCliCommand(serverCalls.addVolume(S, V, '/dev/vdc'), nova).command).toBe(`openstack --os-compute-api-version 2.60 server add volume --device /dev/vdc ${S} ${V}`);
    expect(buildCliCommand(serverCalls.removeVolume(S, V), nova).command).toBe(`openstack --os-compute-api-version 2.60 server remove volume ${S} ${V}`);
  });
  it('force detach has no client command: the attachment delete, flagged as not the same call', () => {
    const command = buildCliCommand(volumeActionCalls.forceDetach(V, 'att-1'), ctx);
    expect(command).toEqual({ command: 'cinder --os-volume-api-version 3.70 attachment-delete att-1', tool: 'cinder', unsupported: ['os-force_detach'] });
  });
});
