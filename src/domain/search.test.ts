import { describe, expect, it } from 'vitest';
import { nameFilterKey, nameMatchFor } from './search';

describe('nameMatchFor', () => {
  it('admins search by substring from 3.34 whatever the configuration', () => {
    expect(nameMatchFor({ isAdmin: true, version: '3.70', configured: undefined })).toBe('contains');
    expect(nameMatchFor({ isAdmin: true, version: '3.33', configured: ['name~'] })).toBe('exact');
  });
  it('members only when the operator configured name~; unknown until the cloud answered', () => {
    expect(nameMatchFor({ isAdmin: false, version: '3.70', configured: ['name', 'status'] })).toBe('exact');
    expect(nameMatchFor({ isAdmin: false, version: '3.70', configured: ['name~', 'status'] })).toBe('contains');
    expect(nameMatchFor({ isAdmin: false, version: '3.70', configured: undefined })).toBeUndefined();
    expect(nameMatchFor({ isAdmin: false, version: '3.70', configured: null })).toBe('exact');
  });
  it('names the filter key', () => {
    expect(nameFilterKey('contains')).toBe('name~');
    expect(nameFilterKey('exact')).toBe('name');
  });
});
