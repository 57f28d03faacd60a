/**
 * A size field's text → the number that is validated and sent, the same value for both. Never rounded
 * or clamped: "2.5", "-3" or "0" stay what they are so the form can refuse them with a message.
 * Empty → null; anything that is not a plain decimal number → NaN.
 */
export function parseGiB(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = String(value).trim();
  if (text === '') return null;
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
