import type { Plugin } from 'vite';

const ANTD_FORM_CONTEXT = /[\\/]antd[\\/]es[\\/]form[\\/]context\.js$/;

/**
 * antd's `form/context` (imported by Checkbox and by every Tooltip through ContextIsolator) takes `FormProvider`
 * from @rc-component/form's index, and that index assigns static properties (`Form.Field = Field`, …) that no
 * bundler may drop: all of rc-form and async-validator (~96 KB, ~25 KB gzip) came with the volume list's
 * checkboxes though the list has no form. The provider lives in `es/FormContext.js`, the module the index
 * re-exports, so the dialogs' antd Form still gets the very same provider.
 */
export function leanFormContext(): Plugin {
  return {
    name: 'lean-antd-form-context',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@rc-component/form' || !importer || !ANTD_FORM_CONTEXT.test(importer)) return null;
      return this.resolve('@rc-component/form/es/FormContext', importer, { skipSelf: true });
    },
  };
}
