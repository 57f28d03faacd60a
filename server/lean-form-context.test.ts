import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { leanFormContext } from './lean-form-context';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles one module that imports what the given antd module needs; returns the modules in the output. */
async function bundledModules(code: string, withPlugin: boolean): Promise<string[]> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'virtual:entry' ? '\0entry' : null), load: (id) => (id === '\0entry' ? code : null) },
      ...(withPlugin ? [leanFormContext()] : []),
    ],
    build: { write: false, rolldownOptions: { input: 'virtual:entry' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  return outputs.flatMap((chunk) => (chunk.type === 'chunk' ? Object.keys(chunk.modules) : []));
}

describe('leanFormContext', { timeout: 120_000 }, () => {
  const entry = "import { FormItemInputContext, FormProvider } from 'antd/es/form/context'; console.log(FormItemInputContext, FormProvider);";

  it("keeps rc-form's fields, lists and validator out of code that only needs antd's form context", async () => {
    const modules = await bundledModules(entry, true);
    expect(modules.some((id) => id.includes('@rc-component/form/es/FormContext.js'))).toBe(true);
    expect(modules.filter((id) => /@rc-component[\\/](form[\\/]es[\\/](Field|List|hooks[\\/]useForm)|async-validator)/.test(id))).toEqual([]);
  });

  it('without it, the whole of rc-form comes along (what the plugin is for)', async () => {
    const modules = await bundledModules(entry, false);
    expect(modules.some((id) => id.includes('@rc-component/form/es/hooks/useForm.js'))).toBe(true);
  });
});
