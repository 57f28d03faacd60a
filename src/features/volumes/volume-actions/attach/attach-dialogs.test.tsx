import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SEEDED_SERVERS } from '../../../../../emulator/nova/servers';
import type { Volume } from '../../../../api/models';
import { SEED, startCloud, type TestCloud } from '../../../../test/emulator';
import { renderWithProviders } from '../../../../test/render';
import { AttachVolumeModal } from './attach-volume-modal';
import { DetachVolumeModal } from './detach-volume-modal';
import { ForceDetachModal } from './force-detach-modal';

// The first open imports antd's form, radio and modal; a cold transform on a busy machine outlasts 1 s.
configure({ asyncUtilTimeout: 30_000 });

async function volumeAs(cloud: TestCloud, who: 'demo' | 'admin', id: string): Promise<Volume> {
  const cinder = await cloud.cinderAs(who);
  return (await cinder.get<{ volume: Volume }>(`/volumes/${id}`)).body.volume;
}

const computeRequests = (cloud: TestCloud) => cloud.requests.filter((r) => r.path.startsWith('/api/compute/'));

describe('AttachVolumeModal', { timeout: 240_000 }, () => {
  it("lists the project's servers (not another project's), disables the ones Nova would refuse, and attaches to the chosen one", async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const volume = await volumeAs(cloud, 'demo', SEED.volumes.scratch01);
    let closed = false;
    renderWithProviders(<AttachVolumeModal volume={volume} onClose={() => (closed = true)} />);
    const user = userEvent.setup({ delay: null });

    const servers = await screen.findByRole('radiogroup', { name: 'Server' });
    expect(within(servers).getByRole('radio', { name: /^web-2 ACTIVE/ })).toBeEnabled();
    expect(within(servers).queryByRole('radio', { name: /lab-1/ })).not.toBeInTheDocument();
    expect(within(servers).getByRole('radio', { name: /^build-runner BUILD · Nova attaches volumes only to servers that are active/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Attach' }));
    expect(await screen.findByText('Choose a server.')).toBeInTheDocument();
    await user.click(within(servers).getByRole('radio', { name: /^web-2/ }));
    await user.type(screen.getByLabelText('Device name (optional)'), 'vdc');
    await user.click(screen.getByRole('button', { name: 'Attach' }));
    expect(await screen.findByText('A device name looks like /dev/vdb.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Device name (optional)'));
    await user.type(screen.getByLabelText('Device name (optional)'), '/dev/vdd');
    await user.click(screen.getByRole('button', { name: 'Attach' }));

    await waitFor(() => expect(closed).toBe(true));
    expect(cloud.lastRequest('POST', `/servers/${SEEDED_SERVERS.web2}/os-volume_attachments`).body).toEqual({ volumeAttachment: { volumeId: SEED.volumes.scratch01, device: '/dev/vdd' } });
    const after = await volumeAs(cloud, 'demo', SEED.volumes.scratch01);
    expect(after.status).toBe('in-use');
    expect(after.attachments).toEqual([expect.objectContaining({ server_id: SEEDED_SERVERS.web2, device: '/dev/vdd' })]);
  });

  it('searches by name on the server (the text taken literally) and pages with Nova\'s marker', async () => {
    const cloud = startCloud();
    for (let i = 1; i <= 12; i++) cloud.emu.scenarios.createServer({ projectId: SEED.projects.demo, name: `worker-${String(i).padStart(2, '0')}` });
    await cloud.signIn('demo');
    const volume = await volumeAs(cloud, 'demo', SEED.volumes.scratch02);
    renderWithProviders(<AttachVolumeModal volume={volume} onClose={() => undefined} />);
    const user = userEvent.setup({ delay: null });

    const servers = await screen.findByRole('radiogroup', { name: 'Server' });
    expect(within(servers).getAllByRole('radio')).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'Show more servers' }));
    await waitFor(() => expect(within(servers).getAllByRole('radio')).toHaveLength(20));
    const next = computeRequests(cloud).at(-1)!;
    expect(next.query).toMatch(/marker=/);

    await user.type(screen.getByLabelText('Search servers by name'), 'worker-1');
    // Text queries while waiting (role queries over a long antd list are slow on a busy machine).
    await waitFor(() => expect(screen.queryByText('worker-03')).not.toBeInTheDocument());
    const found = within(screen.getByRole('radiogroup', { name: 'Server' })).getAllByRole('radio').map((r) => r.closest('label')?.textContent?.split(' ')[0]);
    expect(found.sort()).toEqual(['worker-10', 'worker-11', 'worker-12']);
    expect(new URLSearchParams(computeRequests(cloud).at(-1)!.query).get('name')).toBe('worker-1');
    // No request ever asked for every server of the project.
    for (const r of computeRequests(cloud)) expect(new URLSearchParams(r.query).get('limit')).toBe('10');
  });

  it('keeps the choice and shows Nova\'s refusal with its request id', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const volume = await volumeAs(cloud, 'demo', SEED.volumes.scratch03);
    renderWithProviders(<AttachVolumeModal volume={volume} onClose={() => undefined} />);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('radio', { name: /^db-2/ }));
    // Someone else changes the volume first: Cinder refuses the reservation, Nova passes the refusal on.
    cloud.emu.scenarios.setVolumeStatus({ volumeId: SEED.volumes.scratch03, status: 'extending' });
    await user.click(screen.getByRole('button', { name: 'Attach' }));
    expect(await screen.findByText(/status must be available or downloading to reserve, but the current status is extending/)).toBeInTheDocument();
    const refusal = cloud.lastRequest('POST', '/os-volume_attachments');
    expect(refusal.status).toBe(400);
    expect(screen.getByText(refusal.requestId!, { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^db-2/ })).toBeChecked();
  });

  it('an admin starts with the volume\'s project and may widen to all projects (all_tenants)', async () => {
    const cloud = startCloud();
    await cloud.signIn('admin');
    const volume = await volumeAs(cloud, 'admin', SEED.volumes.scratch04);
    renderWithProviders(<AttachVolumeModal volume={volume} onClose={() => undefined} />);
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByRole('radio', { name: /^web-2/ })).toBeInTheDocument();
    expect(new URLSearchParams(computeRequests(cloud).at(-1)!.query).get('project_id')).toBe(SEED.projects.demo);
    expect(screen.queryByRole('radio', { name: /^lab-1/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'All projects' }));
    expect(await screen.findByRole('radio', { name: /^lab-1 ACTIVE · Project 06e6d474/ })).toBeInTheDocument();
  });
});

describe('DetachVolumeModal and ForceDetachModal', { timeout: 120_000 }, () => {
  it('detach names the server in the confirmation and detaches through Nova', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const volume = await volumeAs(cloud, 'demo', SEED.volumes.dbPrimary);
    let closed = false;
    renderWithProviders(<DetachVolumeModal volume={volume} onClose={() => (closed = true)} />, 'zh-CN');
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByText(/确定从云主机 db-1 卸载云硬盘 db-primary？/)).toBeInTheDocument();
    // antd spaces out a two-character Chinese button label (卸 载).
    await user.click(screen.getByRole('button', { name: /^卸\s?载$/ }));
    await waitFor(() => expect(closed).toBe(true));
    expect(cloud.lastRequest('DELETE', `/servers/${SEEDED_SERVERS.db1}/os-volume_attachments/${SEED.volumes.dbPrimary}`).status).toBe(202);
    expect(await volumeAs(cloud, 'demo', SEED.volumes.dbPrimary)).toMatchObject({ status: 'available', attachments: [] });
  });

  it('a multiattach volume asks which attachment, and keeps the other', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const volume = await volumeAs(cloud, 'demo', SEED.volumes.sharedLogs);
    renderWithProviders(<DetachVolumeModal volume={volume} onClose={() => undefined} />);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('radio', { name: 'web-2 on /dev/vdc' }));
    expect(await screen.findByText('Detach volume shared-logs from server web-2? The server loses the disk at once: unmount it inside the server first.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Detach' }));
    await waitFor(async () => expect((await volumeAs(cloud, 'demo', SEED.volumes.sharedLogs)).attachments.map((a) => a.server_id)).toEqual([SEEDED_SERVERS.web1]));
  });

  it('force detach is offered only where Cinder allows it: not while Nova uses the attachment, yes once the server is gone', async () => {
    const cloud = startCloud();
    await cloud.signIn('admin');
    const live = await volumeAs(cloud, 'admin', SEED.volumes.dbPrimary);
    const first = renderWithProviders(<ForceDetachModal volume={live} attachment={live.attachments[0]!} onClose={() => undefined} />);
    expect(await screen.findByText('The server still uses this attachment, and Cinder refuses a force detach then: use Detach.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Force detach' })).toBeDisabled();
    first.unmount();

    const { id: serverId } = cloud.emu.scenarios.createServer({ projectId: SEED.projects.admin, name: 'gone-soon' });
    const { id: volumeId } = cloud.emu.scenarios.createVolume({ projectId: SEED.projects.admin, name: 'stale-attached', attachedTo: [serverId] });
    cloud.emu.scenarios.removeServer({ serverId });
    const stale = await volumeAs(cloud, 'admin', volumeId);
    let closed = false;
    renderWithProviders(<ForceDetachModal volume={stale} attachment={stale.attachments[0]!} onClose={() => (closed = true)} />);
    const user = userEvent.setup({ delay: null });
    const button = await screen.findByRole('button', { name: 'Force detach' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    await waitFor(() => expect(closed).toBe(true));
    expect(cloud.lastRequest('POST', `/volumes/${volumeId}/action`).body).toEqual({ 'os-force_detach': { attachment_id: stale.attachments[0]!.attachment_id } });
    expect(await volumeAs(cloud, 'admin', volumeId)).toMatchObject({ status: 'available', attachments: [] });
  });
});
