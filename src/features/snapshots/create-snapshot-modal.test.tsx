import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import type { Volume } from '../../api/models';
import { setSession, type Session } from '../../api/session';
import * as snapshotsApi from '../../api/snapshots';
import { CreateSnapshotModal } from '../../components/create-snapshot-modal';
import { renderWithProviders } from '../../test/render';

vi.mock('../../api/snapshots', async (importOriginal) => {
  const actual = await importOriginal<typeof snapshotsApi>();
  return { ...actual, createSnapshot: vi.fn() };
});
vi.mock('../../api/volumes', () => ({ listVolumes: vi.fn(async () => ({ volumes: [] })) }));
const api = vi.mocked(snapshotsApi);

const session = (volumeApiVersion: string): Session => ({
  token: 'tok',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: { id: 'u', name: 'demo', domainId: 'default', domainName: 'Default' },
  project: { id: 'p', name: 'demo', domainId: 'default', domainName: 'Default' },
  roles: ['member'],
  endpoints: { blockStorage: '/api/block-storage/v3/p', image: null },
  volumeApiVersion,
});

const volume = (status: string): Volume => ({ id: 'v1', name: 'db-data', status, size: 10 }) as Volume;

function open(v: Volume) {
  const onCreated = vi.fn();
  renderWithProviders(<CreateSnapshotModal open volume={v} onClose={vi.fn()} onCreated={onCreated} />);
  return { onCreated, user: userEvent.setup({ delay: null }) };
}

beforeEach(() => {
  vi.clearAllMocks();
  api.createSnapshot.mockResolvedValue({ id: 's1', name: 'nightly', status: 'creating' } as never);
});
afterEach(() => {
  // Unmount first: the modal needs a session for as long as it is on screen.
  cleanup();
  setSession(null);
});

describe('CreateSnapshotModal', { timeout: 30_000 }, () => {
  it('for an in-use volume below 3.66, asks for force before sending, then sends force:true', async () => {
    setSession(session('3.60'));
    const { user, onCreated } = open(volume('in-use'));
    await user.type(screen.getByLabelText('Name'), 'nightly');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Confirm the forced snapshot of the attached volume.')).toBeInTheDocument();
    expect(api.createSnapshot).not.toHaveBeenCalled();
    await user.click(screen.getByRole('checkbox', { name: 'Snapshot while attached (force)' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(api.createSnapshot).toHaveBeenCalledWith({ volume_id: 'v1', name: 'nightly', description: undefined, force: true }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
  });

  it('from 3.66 an in-use volume needs no force (and none is sent)', async () => {
    setSession(session('3.70'));
    const { user } = open(volume('in-use'));
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(api.createSnapshot).toHaveBeenCalledWith(expect.objectContaining({ volume_id: 'v1', force: undefined })));
  });

  it('refuses a volume in error with the reason and a disabled Create', () => {
    setSession(session('3.70'));
    open(volume('error'));
    expect(screen.getByText('A snapshot needs the volume available or in use; it is error.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create' })).toBeDisabled();
  });

  it('keeps the input and shows the server message with its request id when Cinder refuses', async () => {
    setSession(session('3.70'));
    api.createSnapshot.mockRejectedValue(
      new ApiError({ kind: 'http', status: 413, fault: 'overLimit', message: 'SnapshotLimitExceeded: Maximum number of snapshots allowed (10) exceeded', requestId: 'req-42' }),
    );
    const { user, onCreated } = open(volume('available'));
    await user.type(screen.getByLabelText('Name'), 'keep-me');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/Maximum number of snapshots allowed/)).toBeInTheDocument();
    expect(screen.getByText('req-42')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('keep-me');
    expect(onCreated).not.toHaveBeenCalled();
  });
});
