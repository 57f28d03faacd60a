/**
 * The console served by Debian's nginx with exactly deploy/'s configuration (integration/nginx/run.sh),
 * against the emulator or the real cloud: headers, caching, SPA fallback, the API prefixes, and a
 * person signing in and creating a volume with no Content-Security-Policy violation.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { Cloud } from '../../e2e/integration/support/cloud';
import { accounts, login, uniqueName } from '../../e2e/support/console';

const prefix = uniqueName('ngx');

function expectSecurityHeaders(response: APIResponse) {
  const h = response.headers();
  const csp = h['content-security-policy'] ?? '';
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
  expect(directives['script-src'], csp).toEqual(["'self'"]);
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['frame-ancestors']).toEqual(["'none'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
}

test.afterAll(async ({ request }) => {
  const admin = await Cloud.open(request, accounts.admin);
  await admin.removeAll(prefix);
});

test('index.html: security headers, no-cache, and no inline script for the CSP to block', async ({ request }) => {
  const response = await request.get('/');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/html');
  expect(response.headers()['cache-control']).toBe('no-cache');
  expectSecurityHeaders(response);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, content] of scripts) {
    // A JSON data block (the first frame's titles) is never executed, so CSP has nothing to block.
    if (/\btype="application\/json"/.test(attributes!)) {
      expect(() => JSON.parse(content!), 'a data block holds JSON only').not.toThrow();
      continue;
    }
    expect(attributes, 'every script is a file').toMatch(/\bsrc="\/assets\//);
    expect(content!.trim(), 'no inline script body').toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+="/i);
});

test('hashed assets are immutable, config.json is revalidated, a missing asset is a 404', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  const js = await request.get(asset!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(js.status()).toBe(200);
  expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(js.headers()['content-type']).toMatch(/javascript/);
  expectSecurityHeaders(js);

  const config = await request.get('/config.json');
  expect(config.status()).toBe(200);
  expect(config.headers()['cache-control']).toBe('no-cache');
  expect(((await config.json()) as { proxy: Record<string, string> }).proxy.blockStorage).toBe('/api/block-storage');

  const missing = await request.get('/assets/no-such-file-0123.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control'] ?? '').not.toContain('immutable');
  expectSecurityHeaders(missing);
});

test('assets are served from the build’s precompressed copies: brotli when nginx has the module, else gzip', async ({ request }) => {
  const root = process.env.CONSOLE_ROOT;
  test.skip(!root, 'CONSOLE_ROOT (the build nginx serves) is set by integration/nginx/run.sh');
  const html = await (await request.get('/')).text();
  // The script tag's own file can be a few hundred bytes (it imports the preloaded entry code), below
  // the size worth compressing: take the largest script the page loads.
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const asset = scripts.sort((a, b) => statSync(join(root!, b)).size - statSync(join(root!, a)).size)[0]!;
  const file = join(root!, asset);
  expect(existsSync(`${file}.gz`), 'the build wrote a .gz copy').toBe(true);

  // A static copy has a Content-Length of exactly that file; on-the-fly gzip is chunked, without one.
  const gzip = await request.get(asset, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
  expect(Number(gzip.headers()['content-length'])).toBe(statSync(`${file}.gz`).size);
  expect(gzip.headers()['vary']).toMatch(/Accept-Encoding/i);

  const brotliModule = existsSync('/usr/lib/nginx/modules/ngx_http_brotli_static_module.so');
  const br = await request.get(asset, { headers: { 'Accept-Encoding': 'br, gzip' } });
  if (brotliModule) {
    expect(br.headers()['content-encoding']).toBe('br');
    expect(Number(br.headers()['content-length'])).toBe(statSync(`${file}.br`).size);
  } else {
    expect(br.headers()['content-encoding']).toBe('gzip');
  }
  // Both decode to the file itself (Playwright decodes what it is sent).
  expect((await br.body()).equals(await gzip.body())).toBe(true);
});

test('over TLS the console is served with HTTP/2: the page and its files on one multiplexed connection', async ({ browser }) => {
  const tlsUrl = process.env.NGINX_TLS_URL;
  test.skip(!tlsUrl, 'NGINX_TLS_URL (a second nginx with CONSOLE_TLS=self-signed) is set by integration/nginx/run.sh');
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    await page.goto(`${tlsUrl}/login`);
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    const protocols = await page.evaluate(() => [
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol,
      ...performance.getEntriesByType('resource').filter((e) => e.name.includes('/assets/')).map((e) => (e as PerformanceResourceTiming).nextHopProtocol),
    ]);
    expect(protocols.length).toBeGreaterThan(3);
    expect(new Set(protocols)).toEqual(new Set(['h2']));
  } finally {
    await context.close();
  }
});

test('client-side routes fall back to index.html; unknown API prefixes and dotfiles do not', async ({ request }) => {
  for (const path of ['/volumes', '/volumes/0b6f3c4e-1111-4222-8333-444455556666', '/qos-specs/x/y']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type']).toContain('text/html');
    expect(response.headers()['cache-control']).toBe('no-cache');
    expect(await response.text()).toContain('<div id="root">');
    expectSecurityHeaders(response);
  }
  expect((await request.get('/api/network/v2.0/networks')).status()).toBe(404);
  expect((await request.get('/.env')).status()).toBe(404);
});

test('the API prefixes: token header passes through, the catalog points at the same origin', async ({ request }) => {
  const response = await request.post('/api/identity/v3/auth/tokens', {
    data: {
      auth: {
        identity: { methods: ['password'], password: { user: { name: accounts.member.username, domain: { name: 'Default' }, password: accounts.member.password } } },
        scope: { project: { name: accounts.member.project, domain: { name: 'Default' } } },
      },
    },
  });
  expect(response.status()).toBe(201);
  expect(response.headers()['x-subject-token']).toBeTruthy();
  expect(response.headers()['x-openstack-request-id']).toMatch(/^req-/);
  expectSecurityHeaders(response);
  const body = (await response.json()) as { token: { catalog: { type: string; endpoints: { url: string }[] }[] } };
  const urls = (type: string) => body.token.catalog.find((c) => c.type === type)?.endpoints.map((e) => e.url) ?? [];
  for (const url of urls('block-storage')) expect(url).toMatch(/^\/api\/block-storage\/.*v3\/[0-9a-f]{32}$/);
  for (const url of urls('image')) expect(url).toMatch(/^\/api\/image(\/|$)/);
  for (const url of urls('compute')) expect(url).toMatch(/^\/api\/compute\/.*v2\.1$/);
  expect(urls('block-storage').length).toBeGreaterThan(0);
  // Nova is optional: when the catalog has it, its API answers through /api/compute with its microversion header.
  const compute = urls('compute')[0];
  if (compute) {
    const token = response.headers()['x-subject-token']!;
    const servers = await request.get(`${compute}/servers`, { headers: { 'X-Auth-Token': token, 'OpenStack-API-Version': 'compute 2.60' } });
    expect(servers.status()).toBe(200);
    expect(servers.headers()['openstack-api-version']).toBe('compute 2.60');
  }

  const cloud = await Cloud.open(request, accounts.member);
  const list = await request.get(`${cloud.session.cinder}/volumes?limit=1`, { headers: { 'X-Auth-Token': cloud.session.token, 'OpenStack-API-Version': 'volume 3.70' } });
  expect(list.status()).toBe(200);
  expect(list.headers()['openstack-api-version']).toBe('volume 3.70');
  expect(list.headers()['x-openstack-request-id']).toMatch(/^req-/);
  const refused = await request.get(`${cloud.session.cinder}/volumes`);
  expect(refused.status()).toBe(401);
});

test('a member signs in through nginx, sees the volume list and creates a volume, without CSP violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load: CSP ${event.violatedDirective} ${event.blockedURI}`));
  });
  await login(page, accounts.member);
  await expect(page).toHaveURL(/\/volumes/);
  await expect(page.getByRole('table')).toBeVisible();

  const name = `${prefix}-vol`;
  await page.getByRole('button', { name: 'Create volume' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create volume' });
  // Labels may carry an "(optional)" mark: match their start.
  await dialog.getByLabel(/^Name\b/).fill(name);
  await dialog.getByLabel(/^Size \(GiB\)/).fill('1');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByText('Available')).toBeVisible({ timeout: 60_000 });

  // A reload on a deep link is served by the SPA fallback and the session survives it.
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  expect(violations).toEqual([]);
});
