import { describe, expect, it } from 'vitest';
import { firstScreenGroups, parseModule, staticClosure, type GraphNode } from './first-screen-groups';

/** A module graph as the bundler reports it: ids are absolute, code is the transformed source. */
function graph(modules: Record<string, { code: string; imports?: string[] }>) {
  const nodes = new Map<string, GraphNode>(Object.entries(modules).map(([id, m]) => [id, { code: m.code, importedIds: m.imports ?? [] }]));
  return (id: string) => nodes.get(id) ?? null;
}

const LIB = '/p/node_modules/lib/es';

/** A package whose index re-exports every part, the way antd's and the icons' do. */
const library = {
  [`${LIB}/index.js`]: {
    code: `export { default as Button } from './button';\nexport { default as Table } from './table';\nexport * from './icons';`,
    imports: [`${LIB}/button/index.js`, `${LIB}/table/index.js`, `${LIB}/icons/index.js`],
  },
  [`${LIB}/button/index.js`]: { code: `import wave from '../wave';\nexport default function Button() {}`, imports: [`${LIB}/wave.js`] },
  [`${LIB}/wave.js`]: { code: 'export default 1;' },
  [`${LIB}/table/index.js`]: { code: 'export default function Table() {}' },
  [`${LIB}/icons/index.js`]: {
    code: `export { default as Eye } from './Eye';\nexport { default as Down } from './Down';`,
    imports: [`${LIB}/icons/Eye.js`, `${LIB}/icons/Down.js`],
  },
  [`${LIB}/icons/Eye.js`]: { code: 'export default 1;' },
  [`${LIB}/icons/Down.js`]: { code: 'export default 1;' },
};

describe('parseModule', () => {
  it('reads named, default and namespace imports, re-exports, exported imports, stars and own exports', () => {
    const parsed = parseModule(
      [
        `import React, { useState as useLocal } from "react";`,
        `import * as all from './all';`,
        `import { a } from './a';`,
        `export { b as c } from './b';`,
        `export * from './star';`,
        `export { a, own };`,
        `const own = 1;`,
        `export function f() {}`,
        `export default class Thing {}`,
      ].join('\n'),
    );
    expect([...parsed.imports.get('react')!]).toEqual(['*', 'useState']);
    expect([...parsed.imports.get('./all')!]).toEqual(['*']);
    expect(parsed.forwarded.get('c')).toEqual({ spec: './b', name: 'b' });
    expect(parsed.forwarded.get('a')).toEqual({ spec: './a', name: 'a' });
    expect(parsed.stars).toEqual(['./star']);
    expect([...parsed.own].sort()).toEqual(['default', 'f', 'own']);
  });
});

describe('staticClosure', () => {
  it('follows only the names taken through an index that re-exports a whole package', () => {
    const getModuleInfo = graph({
      ...library,
      '/p/src/page.tsx': { code: `import { Button, Eye } from 'lib';\nimport './page.css';`, imports: [`${LIB}/index.js`, '/p/src/page.css'] },
      '/p/src/page.css': { code: '' },
    });
    const closure = staticClosure(['/p/src/page.tsx'], getModuleInfo);
    expect([...closure].sort()).toEqual(['/p/src/page.css', '/p/src/page.tsx', `${LIB}/button/index.js`, `${LIB}/icons/Eye.js`, `${LIB}/wave.js`].sort());
  });

  it('does not follow dynamic imports, and takes a module whole when it is imported for itself', () => {
    const getModuleInfo = graph({
      '/p/src/a.ts': { code: `import b from './b';\nconst later = () => import('./c');`, imports: ['/p/src/b.ts'] },
      '/p/src/b.ts': { code: `import { x } from './x';\nexport default x;`, imports: ['/p/src/x.ts'] },
      '/p/src/x.ts': { code: 'export const x = 1;' },
      '/p/src/c.ts': { code: 'export const c = 1;' },
    });
    expect([...staticClosure(['/p/src/a.ts'], getModuleInfo)].sort()).toEqual(['/p/src/a.ts', '/p/src/b.ts', '/p/src/x.ts']);
  });
});

describe('firstScreenGroups', () => {
  it('gives each module to the first group that reaches it; what the login page and the first screen share goes with the boot code', () => {
    const getModuleInfo = graph({
      ...library,
      '/p/src/main.tsx': { code: `import { first } from './first-data';`, imports: ['/p/src/first-data.ts'] },
      '/p/src/first-data.ts': { code: 'export const first = 1;' },
      '/p/src/boot.tsx': { code: `import { first } from './first-data';\nimport { Button } from 'lib';`, imports: ['/p/src/first-data.ts', `${LIB}/index.js`] },
      '/p/src/features/auth/login-page.tsx': {
        code: `import { alert } from '../../components/alert';\nimport { Eye } from 'lib';\nimport { field } from './field';`,
        imports: ['/p/src/components/alert.tsx', `${LIB}/index.js`, '/p/src/features/auth/field.tsx'],
      },
      '/p/src/features/auth/field.tsx': { code: 'export const field = 1;' },
      '/p/src/components/alert.tsx': { code: 'export const alert = 1;' },
      '/p/src/app/shell/shell-layout.tsx': {
        code: `import { alert } from '../../components/alert';\nimport { Table, Eye } from 'lib';`,
        imports: ['/p/src/components/alert.tsx', `${LIB}/index.js`],
      },
      '/p/src/features/volumes/volumes-routes.tsx': { code: `import { Down } from 'lib';`, imports: [`${LIB}/index.js`] },
    });
    const groups = firstScreenGroups('/p', getModuleInfo);
    expect(groups.get('/p/src/first-data.ts')).toBe('entry');
    expect(groups.get(`${LIB}/button/index.js`)).toBe('boot');
    // Shared by the login page and the shell: loaded by both, so with the boot code.
    expect(groups.get('/p/src/components/alert.tsx')).toBe('boot');
    expect(groups.get(`${LIB}/icons/Eye.js`)).toBe('boot');
    expect(groups.get('/p/src/features/auth/field.tsx')).toBe('login');
    expect(groups.get(`${LIB}/table/index.js`)).toBe('first-screen');
    expect(groups.get(`${LIB}/icons/Down.js`)).toBe('first-screen');
    // Never reached by the package's index as a whole.
    expect(groups.has(`${LIB}/index.js`)).toBe(false);
  });
});
