import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import cli from './locales/en-US.json';
import { volumeActionCalls } from '../../api/volume-actions';
import { CliEquivalent } from './cli-equivalent';

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({ lng: 'en-US', resources: { 'en-US': { cli } }, interpolation: { escapeValue: false }, react: { useSuspense: false } });
const renderCli = (ui: React.ReactNode) => render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);

describe('CliEquivalent', () => {
  it('opens from its header, shows the command and copies it', async () => {
    // user-event installs a clipboard stub we can read back.
    const user = userEvent.setup();
    renderCli(<CliEquivalent request={volumeActionCalls.extend('v-1', 20)} />);
    const header = await screen.findByRole('button', { name: /CLI equivalent/ });
    expect(header).toHaveAttribute('aria-expanded', 'false');
    await user.click(header);
    const code = await screen.findByLabelText('Command');
    expect(code).toHaveTextContent('openstack --os-volume-api-version 3.70 volume set --size 20 v-1');
    await user.click(screen.getByRole('button', { name: 'Copy command' }));
    expect(await navigator.clipboard.readText()).toBe('openstack --os-volume-api-version 3.70 volume set --size 20 v-1');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
  });

  it('renders nothing when there is no request', async () => {
    const { container } = renderCli(<CliEquivalent request={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
