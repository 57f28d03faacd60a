/**
 * Identifiers. Seeded objects get deterministic ids (a stable hash of a name) so tests and docs can
 * rely on them; everything created at runtime gets random ones, like the real services.
 */

/** 128-bit non-cryptographic hash (four interleaved 32-bit FNV/murmur-style lanes) as 32 hex chars. */
export function hash128Hex(input: string): string {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < input.length; i++) {
    const k = input.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

function hexToUuid(hex: string): string {
  // Shape it like a version-4 UUID so clients validating UUIDs accept it.
  const h = hex.split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16] ?? '0', 16) & 3] ?? '8';
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/** Deterministic UUID for a seed name (e.g. "volume:demo:web-data"). */
export function seedUuid(name: string): string {
  return hexToUuid(hash128Hex(name));
}

/** Deterministic 32-hex id, the form Keystone uses for projects, users, roles. */
export function seedHex(name: string): string {
  return hash128Hex(`hex:${name}`);
}

export function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

export function requestId(): string {
  return `req-${randomUuid()}`;
}

/** Opaque token, shaped like a Fernet token (base64url, "gAAAAA" prefix) but meaningless. */
export function randomToken(): string {
  const bytes = new Uint8Array(96);
  globalThis.crypto.getRandomValues(bytes);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `gAAAAA${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** Audit ids are 22-char urlsafe base64 strings in Keystone. */
export function randomAuditId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
