import { describe, expect, it } from 'vitest';
import { parseErrorBody } from './errors';

describe('parseErrorBody', () => {
  it('reads Cinder fault bodies with their fault name', () => {
    const body = JSON.stringify({ overLimit: { code: 413, message: 'VolumeSizeExceedsAvailableQuota: Requested 1001G', retryAfter: '0' } });
    expect(parseErrorBody(413, body)).toEqual({ fault: 'overLimit', message: 'VolumeSizeExceedsAvailableQuota: Requested 1001G' });
  });

  it.each([
    ['badRequest', 400],
    ['itemNotFound', 404],
    ['conflictingRequest', 409],
    ['computeFault', 406],
    ['forbidden', 403],
  ])('keeps the fault name %s', (fault, code) => {
    expect(parseErrorBody(code, JSON.stringify({ [fault]: { code, message: 'm' } })).fault).toBe(fault);
  });

  it("reads Keystone's {error:{…}} body", () => {
    const body = JSON.stringify({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } });
    expect(parseErrorBody(401, body)).toEqual({ fault: 'error', message: 'The request you have made requires authentication.' });
  });

  it('turns an HTML error page into its text', () => {
    const html = '<html><head><title>404 Not Found</title><style>b{}</style></head><body><h1>404 Not Found</h1>The resource could not be found.</body></html>';
    expect(parseErrorBody(404, html).message).toBe('404 Not Found 404 Not Found The resource could not be found.');
  });

  it('falls back to the status line for an empty body', () => {
    expect(parseErrorBody(412, '')).toEqual({ fault: '', message: '412 Precondition Failed' });
    expect(parseErrorBody(599, '  ')).toEqual({ fault: '', message: '599 Error' });
  });

  it('does not trust malformed JSON', () => {
    expect(parseErrorBody(500, '{"computeFault": ').message).toBe('{"computeFault":');
  });
});
