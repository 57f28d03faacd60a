// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Session } from '../api/session';
import { FILES_ELEMENT_ID, firstScreenFiles, preloadFirstScreenFiles, type FirstScreenFiles } from './first-screen-files';

const session = (roles: string[]) => ({ roles }) as unknown as Session;
const files: FirstScreenFiles = {
  shell: ['/assets/shell.js', '/assets/menu.js'],
  pages: { volumes: ['/assets/volumes.js', '/assets/menu.js', '/assets/table.css'], 'volume-types': ['/assets/types.js'] },
  strings: { 'en-US/app': ['/assets/app-en.js'], 'en-US/volumes': ['/assets/strings-en.js'], 'zh-CN/volumes': ['/assets/strings-zh.js'] },
};

describe('the first screen’s files', () => {
  it('the shell, the opened page and its strings in the user’s language, each once', () => {
    expect(firstScreenFiles(files, '/volumes', session(['member']), 'en-US')).toEqual([
      '/assets/shell.js',
      '/assets/menu.js',
      '/assets/volumes.js',
      '/assets/table.css',
      '/assets/app-en.js',
      '/assets/strings-en.js',
    ]);
  });

  it('nothing of an admin page for a member, and nothing while signing in', () => {
    expect(firstScreenFiles(files, '/volume-types', session(['member']), 'en-US')).not.toContain('/assets/types.js');
    expect(firstScreenFiles(files, '/volumes', null, 'en-US')).toEqual([]);
    expect(firstScreenFiles(files, '/login', session(['admin']), 'en-US')).toEqual([]);
  });

  it('adds a modulepreload per script and a style preload per stylesheet, read from index.html’s map', () => {
    document.body.innerHTML = `<script type="application/json" id="${FILES_ELEMENT_ID}">${JSON.stringify(files)}</script>`;
    preloadFirstScreenFiles(document, '/volumes', session(['member']), 'zh-CN');
    const links = [...document.head.querySelectorAll('link')].map((link) => `${link.rel} ${link.getAttribute('href')}${link.rel === 'preload' ? ` as=${link.as}` : ''}`);
    expect(links).toContain('modulepreload /assets/volumes.js');
    expect(links).toContain('preload /assets/table.css as=style');
    expect(links).toContain('modulepreload /assets/strings-zh.js');
    expect(links).not.toContain('modulepreload /assets/strings-en.js');
  });
});
