import { describe, expect, test } from 'vitest';
import { setup } from './helpers';

describe('GET /resource_filters (3.33+)', () => {
  test('lists the shipped configuration to any role; ?resource= narrows it; an unknown resource is an empty list', async () => {
    const { demo, admin } = await setup();
    const all = await demo.get('/resource_filters', '3.33');
    expect(all.status).toBe(200);
    expect(all.body.resource_filters.map((r: { resource: string }) => r.resource)).toEqual([
      'volume', 'backup', 'snapshot', 'group', 'group_snapshot', 'attachment', 'message', 'pool', 'volume_type',
    ]);
    const volume = await admin.get('/resource_filters?resource=volume');
    expect(volume.body).toEqual({
      resource_filters: [
        {
          resource: 'volume',
          filters: ['name', 'status', 'metadata', 'bootable', 'migration_status', 'availability_zone', 'group_id', 'size', 'created_at', 'updated_at', 'consumes_quota'],
        },
      ],
    });
    expect((await demo.get('/resource_filters?resource=nothing')).body).toEqual({ resource_filters: [] });
  });

  test('below 3.33 the collection does not exist (404)', async () => {
    const { demo } = await setup();
    expect((await demo.get('/resource_filters', '3.32')).status).toBe(404);
  });

  test('name~ follows the configuration: no `name~` configured, so members get 400 and admins match substrings', async () => {
    const { demo, admin } = await setup();
    const configured = (await demo.get('/resource_filters?resource=volume')).body.resource_filters[0].filters as string[];
    expect(configured).not.toContain('name~');
    const member = await demo.get('/volumes?name~=web');
    expect(member.status).toBe(400);
    expect(member.body.badRequest.message).toBe('Invalid filters name~ are found in query options.');
    const snapshots = await demo.get('/snapshots?name~=web');
    expect(snapshots.status).toBe(400);
    const own = (await admin.get('/volumes/detail?all_tenants=1&name~=WEB-DAT')).body.volumes.map((v: { name: string }) => v.name);
    expect(own.sort()).toEqual(['web-data', 'web-data-clone']);
  });
});
