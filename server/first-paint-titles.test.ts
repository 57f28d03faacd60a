import { describe, expect, it } from 'vitest';
import { featureRoutes } from '../src/app/route-table';
import { TITLES_ELEMENT_ID } from '../src/app/first-paint/first-paint';
import { firstPaintTitles, navTitles, scriptSafeJson } from './first-paint-titles';

const localesDir = new URL('../src/app/locales', import.meta.url).pathname;

describe('first-paint titles in index.html', () => {
  it('has every feature page a title in both languages', () => {
    const titles = navTitles(localesDir);
    for (const language of ['en-US', 'zh-CN']) {
      for (const route of featureRoutes) expect(titles[language]?.[route.nav.replace('nav.', '')], `${language} ${route.path}`).toMatch(/\S/);
    }
    expect(titles['zh-CN']?.volumes).toBe('云硬盘');
  });

  it('writes JSON nothing in it can break out of its <script> element', () => {
    const json = scriptSafeJson({ title: '</script><script>alert(1)</script><!--' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ title: '</script><script>alert(1)</script><!--' });
  });

  it('adds a non-executable data block with the id the entry reads', () => {
    const plugin = firstPaintTitles(localesDir);
    const transform = plugin.transformIndexHtml as () => { tag: string; attrs: Record<string, string>; children: string }[];
    const [tag] = transform();
    expect(tag).toMatchObject({ tag: 'script', attrs: { type: 'application/json', id: TITLES_ELEMENT_ID } });
    expect(JSON.parse(tag!.children)['en-US'].volumes).toBe('Volumes');
  });
});
