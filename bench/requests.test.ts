import { describe, expect, it } from 'vitest';
import { classifyRequest, groupRounds, isUnboundedList, localeOfAsset, perMinute, requestsPerRound, volumeListCall } from './requests';

const origin = 'http://127.0.0.1:5209';

describe('classifyRequest', () => {
  it.each([
    ['/assets/index-Di4QxZES.js', 'script'],
    ['/assets/index-B1.css', 'style'],
    ['/config.json', 'config'],
    ['/volumes', 'document'],
    ['/api/identity/v3/auth/tokens', 'identity'],
    ['/api/block-storage/volume/v3/abc/volumes/detail?limit=20', 'block-storage'],
    ['/api/image/v2/images', 'image'],
    ['/_emulator/scenario', 'emulator'],
    ['/favicon.svg', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(classifyRequest(`${origin}${path}`)).toBe(kind);
  });
  it('does not crash on a non-URL', () => {
    expect(classifyRequest('data')).toBe('other');
  });
});

describe('localeOfAsset', () => {
  it('names the language of i18next, antd and dayjs locale chunks', () => {
    expect(localeOfAsset(`${origin}/assets/en-US-Ds8FeQCt.js`)).toBe('en-US');
    expect(localeOfAsset(`${origin}/assets/zh-CN-CTKlrRXy.js`)).toBe('zh-CN');
    expect(localeOfAsset(`${origin}/assets/zh_CN-x506eJWj.js`)).toBe('zh-CN');
    expect(localeOfAsset(`${origin}/assets/zh-cn-zcdKdHSk.js`)).toBe('zh-CN');
    expect(localeOfAsset(`${origin}/assets/strings-en-US-B09cU8Rh.js`)).toBe('en-US');
    expect(localeOfAsset(`${origin}/assets/strings-zh-CN-DsLXzhBD.js`)).toBe('zh-CN');
    expect(localeOfAsset(`${origin}/assets/index-Di4QxZES.js`)).toBeNull();
  });
});

describe('volumeListCall', () => {
  it('recognises a paged detail list and its limit', () => {
    expect(volumeListCall(`${origin}/api/block-storage/volume/v3/p1/volumes/detail?limit=20&sort=created_at:desc`)).toEqual({ detail: true, limit: 20 });
  });
  it('recognises a summary list without a limit as unbounded', () => {
    const call = volumeListCall(`${origin}/api/block-storage/volume/v3/p1/volumes`);
    expect(call).toEqual({ detail: false, limit: null });
    expect(isUnboundedList(call!, 100)).toBe(true);
  });
  it('treats a limit above the largest page as unbounded', () => {
    expect(isUnboundedList({ detail: true, limit: 1000 }, 100)).toBe(true);
    expect(isUnboundedList({ detail: true, limit: 50 }, 100)).toBe(false);
  });
  it('ignores one volume, actions, summary and other resources', () => {
    expect(volumeListCall(`${origin}/api/block-storage/volume/v3/p1/volumes/8f1c`)).toBeNull();
    expect(volumeListCall(`${origin}/api/block-storage/volume/v3/p1/volumes/8f1c/action`, 'POST')).toBeNull();
    expect(volumeListCall(`${origin}/api/block-storage/volume/v3/p1/volumes/summary`)).toBeNull();
    expect(volumeListCall(`${origin}/api/block-storage/volume/v3/p1/snapshots/detail`)).toBeNull();
    expect(volumeListCall(`${origin}/assets/volumes`)).toBeNull();
  });
});

describe('poll rounds', () => {
  it('groups requests separated by less than the gap into one round', () => {
    expect(groupRounds([0, 30, 2000, 2010, 2020, 4000], 500)).toEqual([[0, 30], [2000, 2010, 2020], [4000]]);
  });
  it('sorts out-of-order times first', () => {
    expect(groupRounds([2010, 0, 2000], 500)).toEqual([[0], [2000, 2010]]);
  });
  it('drops the possibly cut first and last rounds when there are enough rounds', () => {
    expect(requestsPerRound([0, 2000, 2001, 4000, 4001, 6000, 6001, 8000], 500)).toEqual([2, 2, 2]);
    expect(requestsPerRound([0, 2000, 2001], 500)).toEqual([1, 2]);
  });
  it('scales a window to a minute', () => {
    expect(perMinute(3, 30_000)).toBe(6);
    expect(() => perMinute(1, 0)).toThrow();
  });
});
