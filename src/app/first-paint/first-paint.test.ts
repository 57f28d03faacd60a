// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../api/session';
import { readFirstPaintStrings, scriptSafeJson } from '../../../server/first-paint-strings';
import { showBootFailure, showFirstPaint, STRINGS_ELEMENT_ID, type FirstPaintContext } from './first-paint';

// Tests run from the repository's root.
const root = `${process.cwd()}/`;
// The real index.html body, with the strings block the build writes into it.
const body = /<body>([\s\S]*)<\/body>/.exec(readFileSync(`${root}index.html`, 'utf8'))![1]!;
const stringsBlock = `<script type="application/json" id="${STRINGS_ELEMENT_ID}">${scriptSafeJson(readFirstPaintStrings(`${root}src/app/locales`))}</script>`;

function session(roles: string[]): Session {
  return {
    token: 't',
    expiresAt: '2099-01-01T00:00:00Z',
    user: { id: 'u', name: 'demo', domainId: 'default', domainName: 'Default' },
    project: { id: 'p', name: 'demo', domainId: 'default', domainName: 'Default' },
    roles,
    endpoints: { blockStorage: '/api/block-storage/volume/v3/p', image: null },
    volumeApiVersion: '3.70',
  };
}
const member = session(['member', 'reader']);
const admin = session(['admin', 'member']);

function paint(context: Partial<FirstPaintContext>, withStrings = true) {
  document.body.innerHTML = body.replace(/<script type="module"[^>]*><\/script>/, '') + (withStrings ? stringsBlock : '');
  showFirstPaint(document, { pathname: '/volumes', session: member, language: 'en-US', theme: 'light', ...context });
  const frame = document.getElementById('first-paint')!;
  const splash = document.getElementById('splash')!;
  return { frameShown: !frame.hidden, splashShown: !splash.hidden, title: frame.querySelector('h2')!.textContent };
}

describe('the first frame index.html draws before the app', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
    delete document.documentElement.dataset.theme;
  });

  it('shows a signed-in user the frame with the list page title, in their language', () => {
    expect(paint({})).toEqual({ frameShown: true, splashShown: false, title: 'Volumes' });
    expect(paint({ language: 'zh-CN' }).title).toBe('云硬盘');
    expect(paint({ pathname: '/snapshots/' }).title).toBe('Snapshots');
    expect(paint({ pathname: '/' }).title).toBe('Volumes');
  });

  it('sets the page language and the chosen theme at once', () => {
    paint({ language: 'zh-CN', theme: 'dark' });
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.style.colorScheme).toBe('dark');
  });

  it('keeps the splash where a list title would be wrong', () => {
    const splashOnly = { frameShown: false, splashShown: true, title: '' };
    expect(paint({ session: null })).toEqual(splashOnly); // signing in
    expect(paint({ pathname: '/login' })).toEqual(splashOnly);
    expect(paint({ pathname: '/volumes/0b5c7e1a' })).toEqual(splashOnly); // a detail page has its own heading
    expect(paint({ pathname: '/no-such-page' })).toEqual(splashOnly);
    expect(paint({}, false)).toEqual(splashOnly); // no strings block in the page (e.g. a stale index.html)
  });

  it('shows admin pages framed for admins only, as the router does', () => {
    expect(paint({ pathname: '/volume-types', session: member })).toEqual({ frameShown: false, splashShown: true, title: '' });
    expect(paint({ pathname: '/volume-types', session: admin }).title).toBe('Volume types');
    expect(paint({ pathname: '/qos-specs', session: admin, language: 'zh-CN' }).title).toBe('QoS规则');
  });

  it('says so, in the user language, when the app cannot be loaded, and offers a reload', () => {
    paint({ language: 'zh-CN' });
    showBootFailure(document, 'zh-CN');
    const splash = document.getElementById('splash')!;
    expect(splash.hidden).toBe(false);
    expect(document.getElementById('first-paint')!.hidden).toBe(true);
    expect(splash.getAttribute('role')).toBe('alert');
    expect(splash.textContent).toContain('控制台加载失败');
    expect(splash.querySelector('button')!.textContent).toBe('重新加载页面');
  });
});
