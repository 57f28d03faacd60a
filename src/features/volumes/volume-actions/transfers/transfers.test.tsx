import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../../api/models';
import { getSession } from '../../../../api/session';
import { SEED, startCloud, type TestCloud } from '../../../../test/emulator';
import { renderWithProviders } from '../../../../test/render';
import { AcceptTransferModal } from './accept-transfer-modal';
import { MoveVolumeModal } from './move-volume-modal';
import { TransferVolumeModal } from './transfer-volume-modal';

async function volumeOf(cloud: TestCloud, id: string, as: 'demo' | 'admin' = 'demo'): Promise<Volume> {
  const client = await cloud.cinderAs(as);
  return (await client.get<{ volume: Volume }>(`/volumes/${id}`)).body.volume;
}

describe('volume transfers', { timeout: 90_000 }, () => {
  // That the key lands in no storage (the activity center's included) is checked end to end: e2e/volume-transfers.spec.ts.
  it('Transfer shows the id and key once, and the key shown works for another project', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TransferVolumeModal volume={await volumeOf(cloud, SEED.volumes.scratch01)} onClose={() => undefined} />);
    await user.type(screen.getByLabelText('Transfer name'), 'to research');
    await user.click(screen.getByRole('button', { name: 'Create transfer' }));

    const dialog = await screen.findByRole('dialog', { name: /Transfer of scratch-01 created/ });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('shown only this once');
    const transferId = within(dialog).getByLabelText('Transfer ID').textContent!;
    const authKey = within(dialog).getByLabelText('Authorization key').textContent!;
    expect(authKey).toMatch(/^[0-9a-f]{16}$/);
    expect(within(dialog).getByRole('button', { name: 'Copy the authorization key' })).toBeInTheDocument();
    expect((await volumeOf(cloud, SEED.volumes.scratch01)).status).toBe('awaiting-transfer');

    // The key shown is the real one: research accepts with it.
    const research = await cloud.cinderAs('alice', 'research');
    expect((await research.post(`/volume-transfers/${transferId}/accept`, { accept: { auth_key: authKey } })).status).toBe(202);
  });

  it('Accept takes the id and key, moves the volume into this project; a wrong key keeps the input and shows Cinder\u2019s refusal', async () => {
    const cloud = startCloud();
    const demo = await cloud.cinderAs('demo');
    const transfer = (await demo.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.scratch02 } })).body.transfer as { id: string; auth_key: string };
    await cloud.signIn('alice', 'research');
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AcceptTransferModal onClose={() => undefined} />);
    await user.type(screen.getByLabelText('Transfer ID'), transfer.id);
    await user.type(screen.getByLabelText('Authorization key'), '0000000000000000');
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText(`Invalid auth key: Attempt to transfer ${transfer.id} with invalid auth key.`)).toBeInTheDocument();
    expect(screen.getByLabelText('Transfer ID')).toHaveValue(transfer.id);
    // The CLI line never shows what was typed.
    expect(document.body.textContent).not.toContain('0000000000000000');

    await user.clear(screen.getByLabelText('Authorization key'));
    await user.type(screen.getByLabelText('Authorization key'), transfer.auth_key);
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    await waitFor(async () => expect((await volumeOf(cloud, SEED.volumes.scratch02, 'admin'))['os-vol-tenant-attr:tenant_id']).toBe(SEED.projects.research));
    expect(cloud.lastRequest('POST', `/volume-transfers/${transfer.id}/accept`).status).toBe(202);
  });

  it('checks the form before sending: a transfer id is a UUID, the key is required', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AcceptTransferModal onClose={() => undefined} />);
    await user.type(screen.getByLabelText('Transfer ID'), 'not-a-transfer');
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText('A transfer ID looks like 8-4-4-4-12 hexadecimal characters.')).toBeInTheDocument();
    expect(screen.getByText('Enter the authorization key.')).toBeInTheDocument();
    expect(cloud.requests.filter((r) => r.path.includes('transfer'))).toEqual([]);
  });

  it('Move to another of my projects: no key shown or typed, the volume and the session end up in the target project', async () => {
    const cloud = startCloud();
    await cloud.signIn('alice', 'demo');
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MoveVolumeModal volume={await volumeOf(cloud, SEED.volumes.snapChain)} onClose={() => undefined} />);
    await user.click(screen.getByLabelText('Target project'));
    await user.click(await screen.findByTitle('research'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(getSession()?.project.name).toBe('research'));
    const moved = await volumeOf(cloud, SEED.volumes.snapChain, 'admin');
    expect(moved).toMatchObject({ status: 'available', 'os-vol-tenant-attr:tenant_id': SEED.projects.research });
    // Its snapshots moved along.
    const admin = await cloud.cinderAs('admin');
    const snap = (await admin.get(`/snapshots/${SEED.snapshots.snapChainLatest}`)).body.snapshot;
    expect(snap['os-extended-snapshot-attributes:project_id']).toBe(SEED.projects.research);
    // The accept went to research's endpoint with research's token.
    expect(cloud.requests.find((r) => r.path.endsWith('/accept'))?.path).toContain(`/${SEED.projects.research}/volume-transfers/`);
  });

  it('Move refused by the target quota: the transfer is cancelled again and the volume stays available here', async () => {
    const cloud = startCloud();
    const admin = await cloud.cinderAs('admin');
    await admin.put(`/os-quota-sets/${SEED.projects.research}`, { quota_set: { volumes: 3 } });
    await cloud.signIn('alice', 'demo');
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MoveVolumeModal volume={await volumeOf(cloud, SEED.volumes.scratch04)} onClose={() => undefined} />);
    await user.click(screen.getByLabelText('Target project'));
    await user.click(await screen.findByTitle('research'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByText(/VolumeLimitExceeded: Maximum number of volumes allowed \(3\) exceeded/)).toBeInTheDocument();
    expect((await volumeOf(cloud, SEED.volumes.scratch04)).status).toBe('available');
    expect(getSession()?.project.name).toBe('demo');
    expect((await (await cloud.cinderAs('demo')).get('/volume-transfers')).body.transfers).toEqual([]);
  });
});
