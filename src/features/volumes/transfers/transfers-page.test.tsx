import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SEED, startCloud } from '../../../test/emulator';
import { renderRoute } from '../../../test/render';

describe('/volume-transfers', { timeout: 90_000 }, () => {
  it('lists the project\u2019s pending transfers by volume name and cancels one', async () => {
    const cloud = startCloud();
    const demo = await cloud.cinderAs('demo');
    await demo.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.scratch08, name: 'for research' } });
    await cloud.signIn('demo');
    const user = userEvent.setup({ delay: null });
    renderRoute('/volume-transfers');
    // The page is a lazy chunk: its first download takes a while in a loaded test run.
    const table = await screen.findByRole('table', { name: 'Pending transfers' }, { timeout: 30_000 });
    const row = (await within(table).findByText('for research')).closest('tr')!;
    expect(await within(row).findByRole('link', { name: 'scratch-08' })).toHaveAttribute('href', `/volumes/${SEED.volumes.scratch08}`);
    await user.click(within(row).getByRole('button', { name: 'Cancel transfer for research' }));
    // The confirm dialog's code loads on first use.
    await user.click(await screen.findByRole('button', { name: 'Cancel transfer' }, { timeout: 15_000 }));
    await waitFor(async () => expect((await demo.get(`/volumes/${SEED.volumes.scratch08}`)).body.volume.status).toBe('available'));
    expect(await within(table).findByText('No pending transfers.')).toBeInTheDocument();
  });

  it('admins see every project\u2019s transfers with "All projects"', async () => {
    const cloud = startCloud();
    const research = await cloud.cinderAs('alice', 'research');
    await research.post('/volume-transfers', { transfer: { volume_id: SEED.volumes.researchScratch, name: 'lab handover' } });
    await cloud.signIn('admin');
    const user = userEvent.setup({ delay: null });
    renderRoute('/volume-transfers');
    // The page is a lazy chunk: its first download takes a while in a loaded test run.
    const table = await screen.findByRole('table', { name: 'Pending transfers' }, { timeout: 30_000 });
    expect(await within(table).findByText('No pending transfers.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'All projects' }));
    expect(await within(table).findByText('lab handover')).toBeInTheDocument();
    expect(within(table).getByText(SEED.projects.research)).toBeInTheDocument();
  });
});
