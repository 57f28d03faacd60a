import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/errors';
import * as typesApi from '../../../api/volume-types';
import { renderWithProviders } from '../../../test/render';
import { ExtraSpecsCard } from './extra-specs-card';

vi.mock('../../../api/volume-types', async (importOriginal) => {
  const actual = await importOriginal<typeof typesApi>();
  return { ...actual, getExtraSpecs: vi.fn(), setExtraSpecs: vi.fn(), deleteExtraSpec: vi.fn() };
});
vi.mock('../../../api/pools', () => ({ listPools: vi.fn(async () => []), backendNames: () => ['hdd', 'ssd'] }));

const api = vi.mocked(typesApi);
// antd in jsdom renders slowly on a busy machine; the default 1 s wait is too tight.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  vi.clearAllMocks();
  api.getExtraSpecs.mockResolvedValue({ volume_backend_name: 'hdd', tier: 'gold', old: 'x' });
  api.setExtraSpecs.mockImplementation(async (_id, specs) => specs);
  api.deleteExtraSpec.mockResolvedValue(undefined);
});

/** Sets a field's whole value at once (typing key by key into antd's AutoComplete is slow in jsdom). */
function fill(name: string, value: string) {
  fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });
}

async function openEditor() {
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<ExtraSpecsCard typeId="t1" volumesInUse={0} />);
  await screen.findByRole('row', { name: 'tier gold' });
  await user.click(screen.getByRole('button', { name: /Edit extra specs/ }));
  return user;
}

describe('ExtraSpecsCard', { timeout: 90_000 }, () => {
  it('refuses a duplicate key (ignoring case) before sending anything', async () => {
    const user = await openEditor();
    await user.click(screen.getByRole('button', { name: /Add extra spec/ }));
    fill('Key 4', 'TIER');
    fill('Value 4', 'silver');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(await screen.findAllByText(/appears more than once/)).toHaveLength(2);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.setExtraSpecs).not.toHaveBeenCalled();
  });

  it('shows the diff, then POSTs added and changed keys and DELETEs removed ones', async () => {
    const user = await openEditor();
    fill('Value 2', 'platinum');
    await user.click(screen.getByRole('button', { name: 'Remove spec 1' })); // "old" (rows are sorted by key)
    await user.click(screen.getByRole('button', { name: /Add extra spec/ }));
    fill('Key 3', 'replication_enabled');
    fill('Value 3', '<is> True');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));

    const dialog = await screen.findByRole('dialog');
    const changes = within(dialog).getByRole('list', { name: 'Changes to the extra specs' });
    const items = within(changes).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Addedreplication_enabled = <is> True', 'Changedtier: gold → platinum', 'Removedold = x']);

    await user.click(within(dialog).getByRole('button', { name: 'Apply changes' }));
    await waitFor(() => expect(api.deleteExtraSpec).toHaveBeenCalledWith('t1', 'old'));
    expect(api.setExtraSpecs).toHaveBeenCalledWith('t1', { replication_enabled: '<is> True', tier: 'platinum' });
    expect(api.setExtraSpecs.mock.invocationCallOrder[0]).toBeLessThan(api.deleteExtraSpec.mock.invocationCallOrder[0]!);
  });

  it('shows Cinder’s refusal with the request id and keeps the edits', async () => {
    api.setExtraSpecs.mockRejectedValue(
      new ApiError({ kind: 'http', status: 400, fault: 'badRequest', message: 'Volume Type is currently in use.', requestId: 'req-abc' }),
    );
    const user = await openEditor();
    fill('Value 2', 'bronze');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Apply changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Volume Type is currently in use.');
    expect(alert).toHaveTextContent('req-abc');
    expect(screen.getByRole('combobox', { name: 'Value 2' })).toHaveValue('bronze');
    expect(api.deleteExtraSpec).not.toHaveBeenCalled();
  });

  it('warns up front when volumes use the type', async () => {
    renderWithProviders(<ExtraSpecsCard typeId="t1" volumesInUse={3} />);
    expect(await screen.findByText(/3 volumes use this type: Cinder refuses any change/)).toBeInTheDocument();
  });
});
