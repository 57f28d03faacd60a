import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../api/models';
import { SEED, startCloud } from '../../../test/emulator';
import { renderWithProviders } from '../../../test/render';
import { MetadataTab } from './metadata-tab';

describe('volume metadata without lost updates', { timeout: 90_000 }, () => {
  it('a save after someone else changed the metadata is refused (412) and shows their values; nothing is overwritten until the user chooses', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const other = await cloud.cinderAs('demo');
    const volume = (await other.get<{ volume: Volume }>(`/volumes/${SEED.volumes.archive}`)).body.volume;
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MetadataTab volume={volume} />);
    // What was read (and its Etag) is on screen before editing starts.
    expect(await screen.findByText('archive')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit metadata' }));
    const value = screen.getByLabelText('Value 1');
    await user.clear(value);
    await user.type(value, 'mine');

    // Meanwhile, in another session:
    expect((await other.put(`/volumes/${SEED.volumes.archive}/metadata`, { metadata: { purpose: 'theirs', owner: 'ops' } })).status).toBe(200);

    await user.click(screen.getByRole('button', { name: 'Save metadata' }));
    expect(await screen.findByText('Someone else changed this metadata while you were editing')).toBeInTheDocument();
    expect(cloud.lastRequest('PUT', '/metadata').status).toBe(412);
    const current = screen.getByLabelText('Current metadata');
    expect(within(current).getByText('theirs')).toBeInTheDocument();
    // Their change stands; the user's row is still as typed.
    expect((await other.get(`/volumes/${SEED.volumes.archive}/metadata`)).body.metadata).toEqual({ purpose: 'theirs', owner: 'ops' });
    expect(screen.getByLabelText('Value 1')).toHaveValue('mine');

    // An explicit overwrite, checked against the values just shown.
    await user.click(screen.getByRole('button', { name: 'Save my entries over the current values' }));
    await user.click(screen.getByRole('button', { name: 'Save metadata' }));
    await waitFor(async () => expect((await other.get(`/volumes/${SEED.volumes.archive}/metadata`)).body.metadata).toEqual({ purpose: 'mine', owner: 'ops' }));
  });

  it('in maintenance, Edit says why in words with Cinder\'s code beside, to a keyboard user too', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const demo = await cloud.cinderAs('demo');
    const volume = { ...(await demo.get<{ volume: Volume }>(`/volumes/${SEED.volumes.archive}`)).body.volume, status: 'maintenance' };
    renderWithProviders(<MetadataTab volume={volume} />);
    const edit = await screen.findByRole('button', { name: 'Edit metadata' });
    expect(edit).toHaveAttribute('aria-disabled', 'true');
    expect(edit).toHaveAccessibleDescription('Metadata cannot be changed while the volume is Maintenance (maintenance).');
  });

  it('a save nobody raced succeeds (the If-Match it sends is the Etag Cinder gave)', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const demo = await cloud.cinderAs('demo');
    const volume = (await demo.get<{ volume: Volume }>(`/volumes/${SEED.volumes.scratch10}`)).body.volume;
    const etag = (await demo.get(`/volumes/${SEED.volumes.scratch10}/metadata`)).headers.get('Etag');
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MetadataTab volume={volume} />);
    expect(await screen.findByText('test')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit metadata' }));
    await user.click(screen.getByRole('button', { name: /Add entry/ }));
    await user.type(screen.getByLabelText('Key 2'), 'tier');
    await user.type(screen.getByLabelText('Value 2'), 'gold');
    await user.click(screen.getByRole('button', { name: 'Save metadata' }));
    await waitFor(async () => expect((await demo.get(`/volumes/${SEED.volumes.scratch10}/metadata`)).body.metadata).toEqual({ env: 'test', tier: 'gold' }));
    expect(etag).toMatch(/^[0-9a-f]{32}$/);
    expect(cloud.lastRequest('PUT', '/metadata').status).toBe(200);
  });
});
