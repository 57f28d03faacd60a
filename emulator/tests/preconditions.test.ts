import { describe, expect, test } from 'vitest';
import { SEED, setup } from './helpers';

const DELETE_REFUSED =
  'Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.';

describe('cinder: preconditions and their exact refusals', () => {
  test('delete: with snapshots or attached → 400 with the Cinder text; force (3.23, admin) skips only the status check', async () => {
    const { demo, admin } = await setup({ delays: 'instant' });
    for (const id of [SEED.volumes.snapChain, SEED.volumes.dbPrimary]) {
      const r = await demo.del(`/volumes/${id}`);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ badRequest: { code: 400, message: DELETE_REFUSED } });
    }
    const forced = await admin.del(`/volumes/${SEED.volumes.dbPrimary}?force=true`, '3.23');
    expect(forced.status).toBe(400);
    expect(forced.body.badRequest.message).toBe(
      'Invalid volume: Volume  must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.',
    );
    // error_deleting is not deletable normally, but force skips the status check.
    expect((await demo.del(`/volumes/${SEED.volumes.deleteFailed}`)).status).toBe(400);
    expect((await admin.del(`/volumes/${SEED.volumes.deleteFailed}?force=true`, '3.23')).status).toBe(202);
  });

  test('extend: not greater → 400; in-use below 3.42 → 400; quota 413', async () => {
    const { demo } = await setup({ delays: 'instant' });
    const same = await demo.action(SEED.volumes.webData, { 'os-extend': { new_size: 10 } });
    expect(same.body).toEqual({ badRequest: { code: 400, message: 'Invalid input received: New size for extend must be greater than current size. (current: 10, extended: 10).' } });
    const inUse = await demo.action(SEED.volumes.appData, { 'os-extend': { new_size: 20 } }, '3.41');
    expect(inUse.body.badRequest.message).toBe(`Invalid volume: Volume ${SEED.volumes.appData} status must be '{'status': 'available'}' to extend, currently in-use.`);
    const schema = await demo.action(SEED.volumes.webData, { 'os-extend': { new_size: 0 } });
    expect(schema.body.badRequest.message).toBe('Invalid input for field/attribute new_size. Value: 0. 0 is less than the minimum of 1');
    const over = await demo.action(SEED.volumes.webData, { 'os-extend': { new_size: 5000 } });
    expect(over.status).toBe(413);
    expect(over.headers.get('Retry-After')).toBe('0');
    expect(over.body.overLimit.retryAfter).toBe('0');
    expect(over.body.overLimit.message).toMatch(/^VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed/);
  });

  test('revert: not the latest snapshot → 400; sizes differ → 400; volume not available → 409', async () => {
    const { demo } = await setup({ delays: 'instant' });
    const old = await demo.action(SEED.volumes.snapChain, { revert: { snapshot_id: SEED.snapshots.snapChainOld } });
    expect(old.status).toBe(400);
    expect(old.body.badRequest.message).toBe(`Specified snapshot ${SEED.snapshots.snapChainOld} is None or not the latest one of volume ${SEED.volumes.snapChain}.`);
    const none = await demo.action(SEED.volumes.scratch05, { revert: { snapshot_id: SEED.snapshots.snapChainOld } });
    expect(none.body.badRequest.message).toBe(`Volume ${SEED.volumes.scratch05} doesn't have any snapshots.`);
    const inUse = await demo.action(SEED.volumes.dbPrimary, { revert: { snapshot_id: SEED.snapshots.dbPrimarySnap } });
    expect(inUse.status).toBe(409);
    expect(inUse.body).toEqual({
      conflictingRequest: {
        code: 409,
        message: `Invalid volume: Can't revert volume ${SEED.volumes.dbPrimary} to its latest snapshot ${SEED.snapshots.dbPrimarySnap}. Volume's status must be 'available'.`,
      },
    });
    await demo.action(SEED.volumes.snapChain, { 'os-extend': { new_size: 21 } });
    await demo.get('/volumes'); // let the extend finish
    const sized = await demo.action(SEED.volumes.snapChain, { revert: { snapshot_id: SEED.snapshots.snapChainLatest } });
    expect(sized.body.badRequest.message).toBe(
      `Can't revert volume ${SEED.volumes.snapChain} to its latest snapshot ${SEED.snapshots.snapChainLatest}. The volume size must be equal to the snapshot size.`,
    );
  });

  test('retype: same type / error status → 400; unknown type → 404; vendor keys → 400; in-use front-end QoS change → 400', async () => {
    const { demo } = await setup({ delays: 'instant' });
    const same = await demo.action(SEED.volumes.webData, { 'os-retype': { new_type: 'standard' } });
    expect(same.body.badRequest.message).toMatch(/^Invalid volume: Retype needs volume to be in available or in-use state/);
    expect((await demo.action(SEED.volumes.brokenCreate, { 'os-retype': { new_type: 'ssd' } })).status).toBe(400);
    const unknown = await demo.action(SEED.volumes.webData, { 'os-retype': { new_type: 'nope' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.itemNotFound.message).toBe('Volume type nope could not be found.');
    const vendor = await demo.action(SEED.volumes.webData, { 'os-retype': { new_type: 'ssd', qos_bps_limit: 100 } });
    expect(vendor.status).toBe(400);
    expect(vendor.body.badRequest.message).toBe(
      "Invalid input for field/attribute os-retype. Value: {'new_type': 'ssd', 'qos_bps_limit': 100}. Additional properties are not allowed ('qos_bps_limit' was unexpected)",
    );
    // db-primary is in-use on ssd (front-end QoS gold-iops); standard has none.
    const qos = await demo.action(SEED.volumes.dbPrimary, { 'os-retype': { new_type: 'standard', migration_policy: 'on-demand' } });
    expect(qos.status).toBe(400);
    const multi = await demo.action(SEED.volumes.appData, { 'os-retype': { new_type: 'shared' } });
    expect(multi.body.badRequest.message).toBe(
      'Invalid input received: Invalid volume_type passed, retypes affecting multiattach are only allowed on available volumes, the specified volume however currently has a status of: in-use.',
    );
  });

  test('snapshots: in-use needs force below 3.66, fine at 3.66, force:false at 3.66 → 400; delete needs available/error', async () => {
    const { demo, clock } = await setup();
    const old = await demo.post('/snapshots', { snapshot: { volume_id: SEED.volumes.appData } }, '3.65');
    expect(old.body.badRequest.message).toBe(`Invalid volume: Volume ${SEED.volumes.appData} status must be available, but current status is: in-use.`);
    expect((await demo.post('/snapshots', { snapshot: { volume_id: SEED.volumes.appData, force: true } }, '3.65')).status).toBe(202);
    expect((await demo.post('/snapshots', { snapshot: { volume_id: SEED.volumes.appData } }, '3.66')).status).toBe(202);
    const f = await demo.post('/snapshots', { snapshot: { volume_id: SEED.volumes.appData, force: false } }, '3.66');
    expect(f.status).toBe(400);
    expect(f.body.badRequest.message).toMatch(/^Since microversion 3.66 the 'force' flag is invalid for this request./);
    const err = await demo.post('/snapshots', { snapshot: { volume_id: SEED.volumes.extendFailed, force: true } });
    expect(err.body.badRequest.message).toBe(`Invalid volume: Volume ${SEED.volumes.extendFailed} status must be available, in-use, but current status is: error_extending.`);
    const created = await demo.post('/snapshots', { snapshot: { volume_id: SEED.volumes.scratch06 } });
    const busy = await demo.del(`/snapshots/${created.body.snapshot.id}`);
    expect(busy.status).toBe(400);
    expect(busy.body.badRequest.message).toBe('Invalid snapshot: Snapshot status must be available or error and must not be part of a group.');
    clock.advance(4000);
    expect((await demo.del(`/snapshots/${created.body.snapshot.id}`)).status).toBe(202);
  });

  test('create: size below source, image min_disk / virtual size, unknown AZ, multiattach parameter', async () => {
    const { demo } = await setup({ delays: 'instant' });
    const small = await demo.post('/volumes', { volume: { size: 5, source_volid: SEED.volumes.webData } });
    expect(small.body.badRequest.message).toBe(
      "Invalid input received: Volume size '5'GB cannot be smaller than original volume size  10GB. They must be >= original volume size.",
    );
    const snap = await demo.post('/volumes', { volume: { size: 1, snapshot_id: SEED.snapshots.snapChainLatest } });
    expect(snap.body.badRequest.message).toBe("Invalid input received: Volume size '1'GB cannot be smaller than the snapshot size 20GB. They must be >= original snapshot size.");
    const minDisk = await demo.post('/volumes', { volume: { size: 2, imageRef: SEED.images.ubuntu } });
    expect(minDisk.body.badRequest.message).toBe('Invalid input received: Volume size 2GB cannot be smaller than the image minDisk size 3GB.');
    const queued = await demo.post('/volumes', { volume: { size: 2, imageRef: SEED.images.queued } });
    expect(queued.body.badRequest.message).toBe(`Invalid input received: Image ${SEED.images.queued} is not active.`);
    const unknownImage = await demo.post('/volumes', { volume: { size: 2, imageRef: '11111111-2222-3333-4444-555555555555' } });
    expect(unknownImage.body.badRequest.message).toBe('Invalid image identifier or unable to access requested image.');
    const az = await demo.post('/volumes', { volume: { size: 1, availability_zone: 'moon' } });
    expect(az.body.badRequest.message).toBe("Availability zone 'moon' is invalid.");
    const zero = await demo.post('/volumes', { volume: { size: 0 } });
    expect(zero.body.badRequest.message).toBe('Invalid input for field/attribute size. Value: 0. 0 is less than the minimum of 1');
    const ma = await demo.post('/volumes', { volume: { size: 1, multiattach: true } });
    expect(ma.body.badRequest.message).toMatch(/^multiattach parameter has been removed./);
    const strict = await demo.post('/volumes', { volume: { size: 1, colour: 'red' } }, '3.53');
    expect(strict.body.badRequest.message).toBe("Invalid input for field/attribute volume. Value: {'size': 1, 'colour': 'red'}. Additional properties are not allowed ('colour' was unexpected)");
    expect((await demo.post('/volumes', { volume: { size: 1, colour: 'red' } }, '3.52')).status).toBe(202);
    expect((await demo.post('/volumes', 'not json')).body).toEqual({ badRequest: { code: 400, message: 'Malformed request body' } });
    const multi = await demo.post('/volumes', { volume: { size: 1, volume_type: 'shared' } });
    expect(multi.body.volume.multiattach).toBe(true);
  });

  test('Nova VM-snapshot image: from 3.46 a create-from-snapshot, below an empty image that ends in error', async () => {
    const w = await setup({ delays: 'instant' });
    const modern = await w.demo.post('/volumes', { volume: { imageRef: SEED.images.vmSnapshot } }, '3.46');
    expect(modern.status).toBe(202);
    expect(modern.body.volume).toMatchObject({ snapshot_id: SEED.snapshots.bootCirrosSnap, size: 1 });
    const done = (await w.demo.get(`/volumes/${modern.body.volume.id}`)).body.volume;
    expect(done).toMatchObject({ status: 'available', bootable: 'true' });
    const legacy = await w.demo.post('/volumes', { volume: { imageRef: SEED.images.vmSnapshot, size: 1 } }, '3.45');
    expect(legacy.status).toBe(202);
    expect(legacy.body.volume.snapshot_id).toBeNull();
    expect((await w.demo.get(`/volumes/${legacy.body.volume.id}`)).body.volume.status).toBe('error');
  });

  test('volume types: duplicate 409, in-use delete 400, default delete 400, extra spec writes on an in-use type 400', async () => {
    const { admin } = await setup({ delays: 'instant' });
    const dup = await admin.post('/types', { volume_type: { name: 'ssd' } });
    expect(dup.status).toBe(409);
    expect(dup.body).toEqual({ conflictingRequest: { code: 409, message: 'Volume Type ssd already exists.' } });
    expect((await admin.del(`/types/${SEED.volumeTypes.ssd}`)).body.badRequest.message).toBe('Target volume type is still in use.');
    expect((await admin.del(`/types/${SEED.volumeTypes.default}`)).body.badRequest.message).toBe(
      `The volume type ${SEED.volumeTypes.default} is a default volume type and cannot be deleted.`,
    );
    for (const r of [
      await admin.post(`/types/${SEED.volumeTypes.ssd}/extra_specs`, { extra_specs: { foo: 'bar' } }),
      await admin.put(`/types/${SEED.volumeTypes.ssd}/extra_specs/foo`, { foo: 'bar' }),
      await admin.del(`/types/${SEED.volumeTypes.ssd}/extra_specs/volume_backend_name`),
    ]) {
      expect(r.status).toBe(400);
      expect(r.body.badRequest.message).toBe('Volume Type is currently in use.');
    }
    const created = await admin.post('/types', { volume_type: { name: 'fresh', extra_specs: { a: 'b' }, 'os-volume-type-access:is_public': false } });
    expect(created.status).toBe(200);
    const id = created.body.volume_type.id;
    expect(created.body.volume_type).toMatchObject({ name: 'fresh', is_public: false, extra_specs: { a: 'b' }, 'os-volume-type-access:is_public': false });
    expect((await admin.post(`/types/${id}/extra_specs`, { extra_specs: { multiattach: '<is> True' } })).body).toEqual({ extra_specs: { multiattach: '<is> True' } });
    const conflict = await admin.post(`/types/${id}/extra_specs`, { extra_specs: { cacheable: '<is> True' } });
    expect(conflict.body.badRequest.message).toBe('cacheable cannot be set with multiattach.');
    const badKey = await admin.post(`/types/${id}/extra_specs`, { extra_specs: { 'bad key': 'x' } });
    expect(badKey.status).toBe(400);
    expect((await admin.get(`/types/${id}/extra_specs/a`)).body).toEqual({ a: 'b' });
    expect((await admin.del(`/types/${id}/extra_specs/a`)).status).toBe(202);
    expect((await admin.get(`/types/${id}/extra_specs/a`)).status).toBe(404);
    expect((await admin.post(`/types/${id}/action`, { addProjectAccess: { project: SEED.projects.demo } })).status).toBe(202);
    const again = await admin.post(`/types/${id}/action`, { addProjectAccess: { project: SEED.projects.demo } });
    expect(again.status).toBe(409);
    expect((await admin.get(`/types/${id}/os-volume-type-access`)).body).toEqual({ volume_type_access: [{ volume_type_id: id, project_id: SEED.projects.demo }] });
    expect((await admin.get(`/types/${SEED.volumeTypes.ssd}/os-volume-type-access`)).status).toBe(404);
    expect((await admin.del(`/types/${id}`)).status).toBe(202);
  });

  test('QoS specs: create (flat keys, default consumer), duplicate 409, set/unset keys, associate, delete while associated 400', async () => {
    const { admin } = await setup({ delays: 'instant' });
    const c = await admin.post('/qos-specs', { qos_specs: { name: 'bronze', total_iops_sec: '200' } });
    expect(c.status).toBe(200);
    expect(c.body.qos_specs).toMatchObject({ name: 'bronze', consumer: 'back-end', specs: { total_iops_sec: '200' } });
    expect(c.body.links[0].rel).toBe('self');
    const id = c.body.qos_specs.id;
    const dup = await admin.post('/qos-specs', { qos_specs: { name: 'bronze' } });
    expect(dup.body).toEqual({ conflictingRequest: { code: 409, message: 'QoS Specs bronze already exists.' } });
    const set = await admin.put(`/qos-specs/${id}`, { qos_specs: { consumer: 'front-end', read_iops_sec: '100' } });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ qos_specs: { consumer: 'front-end', read_iops_sec: '100' } });
    expect((await admin.get(`/qos-specs/${id}`)).body.qos_specs).toMatchObject({ consumer: 'front-end', specs: { total_iops_sec: '200', read_iops_sec: '100' } });
    const unset = await admin.put(`/qos-specs/${id}/delete_keys`, { keys: ['read_iops_sec', 'nope'] });
    expect(unset.status).toBe(404);
    expect(unset.body.itemNotFound.message).toBe(`QoS spec ${id} has no spec with key nope.`);
    expect((await admin.get(`/qos-specs/${id}`)).body.qos_specs.specs).toEqual({ total_iops_sec: '200' });
    expect((await admin.get(`/qos-specs/${id}/associate?vol_type_id=${SEED.volumeTypes.standard}`)).status).toBe(202);
    const other = await admin.get(`/qos-specs/${SEED.qos.silver}/associate?vol_type_id=${SEED.volumeTypes.standard}`);
    expect(other.status).toBe(400);
    expect(other.body.badRequest.message).toBe(`Invalid volume type: Type ${SEED.volumeTypes.standard} is already associated with another qos specs: ${id}`);
    expect((await admin.get(`/qos-specs/${id}/associations`)).body).toEqual({ qos_associations: [{ association_type: 'volume_type', name: 'standard', id: SEED.volumeTypes.standard }] });
    expect((await admin.del(`/qos-specs/${id}`)).body).toEqual({ badRequest: { code: 400, message: 'Qos specs still in use.' } });
    expect((await admin.get(`/qos-specs/${id}/disassociate?vol_type_id=${SEED.volumeTypes.standard}`)).status).toBe(202);
    expect((await admin.del(`/qos-specs/${id}`)).status).toBe(202);
    expect((await admin.del(`/qos-specs/${SEED.qos.goldIops}?force=true`)).status).toBe(202);
    expect((await admin.get(`/types/${SEED.volumeTypes.ssd}`)).body.volume_type.qos_specs_id).toBeNull();
  });

  test('admin reset-status: enum checked, deleting refused, in-use needs attachments; 202', async () => {
    const { admin } = await setup({ delays: 'instant' });
    const id = SEED.volumes.brokenCreate;
    const bad = await admin.action(id, { 'os-reset_status': { status: 'reverting' } });
    expect(bad.body.badRequest.message).toMatch(/^Volume status: reverting is invalid, valid statuses are: \('creating', 'available',/);
    expect((await admin.action(id, { 'os-reset_status': { status: 'deleting' } })).body.badRequest.message).toBe('Cannot reset-state to deleting');
    expect((await admin.action(id, { 'os-reset_status': { status: 'in-use' } })).body.badRequest.message).toBe(
      'Cannot reset-state to in-use because volume does not have any attachments.',
    );
    expect((await admin.action(id, { 'os-reset_status': {} })).body.badRequest.message).toBe("Must specify 'status', 'attach_status' or 'migration_status' for update.");
    expect((await admin.action(id, { 'os-reset_status': { status: 'available' } })).status).toBe(202);
    expect((await admin.get(`/volumes/${id}`)).body.volume.status).toBe('available');
    expect((await admin.action(id, { 'os-frobnicate': {} })).body.badRequest.message).toBe('There is no such action: os-frobnicate');
  });

  test('metadata endpoints: merge, replace, per key, Etag/If-Match (3.15)', async () => {
    const { demo } = await setup({ delays: 'instant' });
    const base = `/volumes/${SEED.volumes.webData}/metadata`;
    expect((await demo.post(base, { metadata: { a: '1' } })).body).toEqual({ metadata: { tier: 'web', a: '1' } });
    expect((await demo.put(`${base}/a`, { meta: { a: '2' } })).body).toEqual({ meta: { a: '2' } });
    expect((await demo.put(`${base}/a`, { meta: { b: '2' } })).body.badRequest.message).toBe('Request body and URI mismatch');
    expect((await demo.get(`${base}/a`)).body).toEqual({ meta: { a: '2' } });
    const etag = (await demo.get(base)).headers.get('Etag');
    expect(etag).toMatch(/^[0-9a-f]{32}$/);
    const stale = await (async () => {
      const r = await demo.emu.handle(
        new Request(`http://emu.test${demo.path(base)}`, {
          method: 'PUT',
          headers: { 'X-Auth-Token': demo.token, 'OpenStack-API-Version': 'volume 3.15', 'If-Match': '"deadbeef"', 'Content-Type': 'application/json' },
          body: JSON.stringify({ metadata: { x: 'y' } }),
        }),
      );
      return r.status;
    })();
    expect(stale).toBe(412);
    expect((await demo.put(base, { metadata: { only: 'this' } })).body).toEqual({ metadata: { only: 'this' } });
    expect((await demo.del(`${base}/only`)).status).toBe(200);
    expect((await demo.del(`${base}/only`)).body.itemNotFound.message).toBe(`Volume ${SEED.volumes.webData} has no metadata with key only.`);
    const snap = `/snapshots/${SEED.snapshots.withSnapshotSnap}/metadata`;
    expect((await demo.get(snap)).body).toEqual({ metadata: { reason: 'before upgrade' } });
  });
});
