import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { startCloud, type TestCloud } from '../../../test/emulator';
import { renderRoute } from '../../../test/render';

// The first visit imports the lazy page; a cold transform on a busy machine takes seconds.
configure({ asyncUtilTimeout: 30_000 });

let cloud: TestCloud;
beforeEach(() => {
  cloud = startCloud();
});

const row = (name: RegExp) => screen.findByRole('row', { name });

describe('/services', { timeout: 180_000 }, () => {
  it('shows a down service in red and says so; disables with a reason, then enables', async () => {
    cloud.emu.scenarios.serviceDown({ binary: 'cinder-volume', host: 'cinder@lvm-ssd', secondsAgo: 120 });
    await cloud.signIn('admin');
    const user = userEvent.setup({ delay: null });
    renderRoute('/services');
    // The first test imports the lazy page cold: allow it longer on a loaded machine.
    const ssd = await screen.findByRole('row', { name: /cinder-volume cinder@lvm-ssd/ }, { timeout: 90_000 });
    expect(within(ssd).getByText('Down')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('1 service is down: cinder-volume@cinder@lvm-ssd');
    expect(within(await row(/cinder-scheduler cinder/)).getByText('Up')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Disable cinder-scheduler@cinder' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    expect(await within(dialog).findByText('Say why the service is disabled.')).toBeInTheDocument();
    expect(cloud.requests.filter((r) => r.method === 'PUT')).toEqual([]);
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'rolling upgrade');
    await user.click(within(dialog).getByRole('button', { name: /CLI equivalent/ }));
    expect(await within(dialog).findByLabelText('Command')).toHaveTextContent("volume service set --disable --disable-reason 'rolling upgrade' cinder cinder-scheduler");
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    const scheduler = await row(/cinder-scheduler cinder .*Disabled.*rolling upgrade/);
    expect(cloud.lastRequest('PUT', '/os-services/disable-log-reason').body).toEqual({ host: 'cinder', binary: 'cinder-scheduler', disabled_reason: 'rolling upgrade' });

    await user.click(within(scheduler).getByRole('button', { name: 'Enable cinder-scheduler@cinder' }));
    await row(/cinder-scheduler cinder .*Enabled/);
    const admin = await cloud.cinderAs('admin');
    const held = (await admin.get('/os-services?binary=cinder-scheduler')).body.services[0];
    expect(held.status).toBe('enabled');
  });

  it('lists the availability zones with their state', async () => {
    await cloud.signIn('admin');
    renderRoute('/services');
    const zones = await screen.findByRole('list', { name: 'Availability zones' });
    expect(await within(zones).findByText('nova')).toBeInTheDocument();
    expect(within(zones).getByText('Available')).toBeInTheDocument();
  });

  it('a member is told the page needs an admin', async () => {
    await cloud.signIn('demo');
    renderRoute('/services');
    expect(await screen.findByText('Administrators only')).toBeInTheDocument();
    expect(cloud.requests.some((r) => r.path.includes('/os-services'))).toBe(false);
  });
});
