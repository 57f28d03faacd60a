import { describe, expect, it } from 'vitest';
import { featureRoutes } from '../src/app/route-table';
import { STRINGS_ELEMENT_ID } from '../src/app/first-paint/first-paint';
import { firstPaintStrings, readFirstPaintStrings, scriptSafeJson } from './first-paint-strings';

const localesDir = new URL('../src/app/locales', import.meta.url).pathname;

describe('first-paint strings in index.html', () => {
  it('has every feature page a title, and the failure message, in both languages', () => {
    const strings = readFirstPaintStrings(localesDir);
    for (const language of ['en-US', 'zh-CN']) {
      for (const route of featureRoutes) if (route.nav) expect(strings[language]?.nav[route.nav.replace('nav.', '')], `${language} ${route.path}`).toMatch(/\S/);
      expect(strings[language]?.bootFailed).toMatch(/\S/);
      expect(strings[language]?.reload).toMatch(/\S/);
    }
    expect(strings['zh-CN']?.nav.volumes).toBe('云硬盘');
  });

  it('writes JSON nothing in it can break out of its <script> element', () => {
    const json = scriptSafeJson({ title: '</script><script>alert(1)</script><!--' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ title: '</script><script>alert(1)</script><!--' });
  });

  it('adds a non-executable data block with the id the entry reads', () => {
    const plugin = firstPaintStrings(localesDir);
    const transform = plugin.transformIndexHtml as () => { tag: string; attrs: Record<string, string>; children: string }[];
    const [tag] = transform();
    expect(tag).toMatchObject({ tag: 'script', attrs: { type: 'application/json', id: STRINGS_ELEMENT_ID } });
    expect(JSON.parse(tag!.children)['en-US'].nav.volumes).toBe('Volumes');
  });
});
