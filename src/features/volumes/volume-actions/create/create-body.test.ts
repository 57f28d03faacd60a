import { describe, expect, it } from 'vitest';
import { buildCreateVolumeBody } from '../../../../api/volume-actions';
import { buildCreateBody } from './create-body';
import { prefillFromParams, withoutCreateParams } from './prefill';

const body = (values: Parameters<typeof buildCreateBody>[0]) => buildCreateVolumeBody(buildCreateBody(values));

describe('create body', () => {
  it('blank: size, type, zone, trimmed name, metadata; empty fields left out', () => {
    expect(
      body({ source: 'blank', name: '  data ', description: '', size: 5, volumeType: 'type-id', availabilityZone: 'nova', metadata: [{ key: 'env', value: 'prod' }, { key: '', value: '' }] }),
    ).toEqual({ volume: { name: 'data', size: 5, volume_type: 'type-id', availability_zone: 'nova', metadata: { env: 'prod' } } });
  });
  it('the "default type" choice sends no volume_type', () => {
    expect(body({ source: 'blank', size: 1, volumeType: '' })).toEqual({ volume: { size: 1 } });
  });
  it('image: imageRef', () => {
    expect(body({ source: 'image', imageId: 'img', size: 3, volumeType: 't' })).toEqual({ volume: { size: 3, volume_type: 't', imageRef: 'img' } });
  });
  it('VM snapshot image: imageRef, no type or zone (they come from the snapshot)', () => {
    expect(body({ source: 'vmSnapshot', vmImageId: 'vm', size: 1, volumeType: 't', availabilityZone: 'nova' })).toEqual({ volume: { size: 1, imageRef: 'vm' } });
  });
  it('snapshot: snapshot_id, never a type or zone', () => {
    expect(body({ source: 'snapshot', snapshotId: 's', size: 20, volumeType: 't', availabilityZone: 'nova', name: 'copy' })).toEqual({
      volume: { name: 'copy', size: 20, snapshot_id: 's' },
    });
  });
  it('source volume: source_volid, optional type, no zone', () => {
    expect(body({ source: 'volume', sourceVolid: 'v', size: 10, volumeType: 't', availabilityZone: 'nova' })).toEqual({
      volume: { size: 10, volume_type: 't', source_volid: 'v' },
    });
    expect(body({ source: 'volume', sourceVolid: 'v', size: 10 })).toEqual({ volume: { size: 10, source_volid: 'v' } });
  });
  it('ids of other sources never leak into the body', () => {
    expect(body({ source: 'blank', size: 1, imageId: 'img', snapshotId: 's', sourceVolid: 'v' })).toEqual({ volume: { size: 1 } });
  });
});

describe('URL prefill', () => {
  it('reads each source and its id', () => {
    expect(prefillFromParams(new URLSearchParams('create=1&source=snapshot&snapshot_id=s1'))).toEqual({ source: 'snapshot', snapshotId: 's1' });
    expect(prefillFromParams(new URLSearchParams('create=1&source=volume&source_volid=v1'))).toEqual({ source: 'volume', sourceVolid: 'v1' });
    expect(prefillFromParams(new URLSearchParams('create=1&source=image&image_id=i1'))).toEqual({ source: 'image', imageId: 'i1' });
  });
  it('falls back to blank for an unknown source', () => {
    expect(prefillFromParams(new URLSearchParams('create=1&source=backup&backup_id=b'))).toEqual({ source: 'blank' });
    expect(prefillFromParams(new URLSearchParams('create=1'))).toEqual({ source: 'blank' });
  });
  it('closing drops only the create params', () => {
    expect(withoutCreateParams(new URLSearchParams('page=2&create=1&source=volume&source_volid=v')).toString()).toBe('page=2');
  });
});
