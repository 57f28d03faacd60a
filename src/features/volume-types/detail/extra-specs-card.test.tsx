import { configure, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED, startCloud, type TestCloud } from '../../../test/emulator';
import { renderWithProviders } from '../../../test/render';
import { ExtraSpecsCard } from './extra-specs-card';

// antd in jsdom renders slowly on a busy machine; the default 1 s wait is too tight.
configure({ asyncUtilTimeout: 10_000 });

const SPECS = { volume_backend_name: 'hdd', tier: 'gold', old: 'x' };
let cloud: TestCloud;
let typeId: string;

beforeEach(async () => {
  cloud = startCloud();
  await cloud.signIn('admin');
  const admin = await cloud.cinderAs('admin');
  const created = await admin.post<{ volume_type: { id: string } }>('/types', { volume_type: { name: 'spec-test', extra_specs: SPECS } });
  typeId = created.body.volume_type.id;
});

/** The type's extra specs as the emulator now holds them. */
async function heldSpecs(): Promise<Record<string, string>> {
  const admin = await cloud.cinderAs('admin');
  return (await admin.get<{ extra_specs: Record<string, string> }>(`/types/${typeId}/extra_specs`)).body.extra_specs;
}

/** The writes the console sent to the type's extra specs, in order. */
const specWrites = () => cloud.requests.filter((r) => r.method !== 'GET' && r.path.includes(`/types/${typeId}/extra_specs`)).map((r) => `${r.method} ${r.path.slice(r.path.indexOf('/extra_specs'))}`);

/** Sets a field's whole value at once (typing key by key into antd's AutoComplete is slow in jsdom). */
function fill(name: string, value: string) {
  fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });
}

async function openEditor() {
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<ExtraSpecsCard typeId={typeId} volumesInUse={0} />);
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
    expect(specWrites()).toEqual([]);
    expect(await heldSpecs()).toEqual(SPECS);
  });

  it('points a known key typed in another case at its spelling, on that row', async () => {
    const user = await openEditor();
    await user.click(screen.getByRole('button', { name: /Add extra spec/ }));
    fill('Key 4', 'Multiattach');
    await user.click(screen.getByRole('button', { name: /Add extra spec/ }));
    fill('Key 5', 'multiattach');
    const rowOf = (n: number) => screen.getByRole('combobox', { name: `Key ${n}` }).closest('.ant-flex') as HTMLElement;
    // The row with the other spelling says what Cinder would read; the known key's own hint stays on its row.
    expect(within(rowOf(4)).getByText('Did you mean multiattach? Cinder reads keys as written: in this case it would do nothing.')).toBeInTheDocument();
    expect(within(rowOf(5)).queryByText(/Did you mean/)).not.toBeInTheDocument();
    expect(within(rowOf(5)).getByText('<is> True: volumes can attach to several servers (shared volume type).')).toBeInTheDocument();
    expect(within(rowOf(4)).queryByText(/volumes can attach to several servers/)).not.toBeInTheDocument();
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
    // Back to the table, now showing what the emulator holds.
    expect(await screen.findByRole('row', { name: 'tier platinum' })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: 'old x' })).not.toBeInTheDocument();
    expect(await heldSpecs()).toEqual({ volume_backend_name: 'hdd', tier: 'platinum', replication_enabled: '<is> True' });
    // Set first, then delete: a failure part-way never leaves the type without the keys being added.
    expect(specWrites()).toEqual(['POST /extra_specs', 'DELETE /extra_specs/old']);
    expect(cloud.lastRequest('POST', '/extra_specs').body).toEqual({ extra_specs: { replication_enabled: '<is> True', tier: 'platinum' } });
  });

  it('shows Cinder’s refusal with the request id and keeps the edits', async () => {
    // A volume of the type appears after the page was loaded: Cinder then refuses every spec write.
    cloud.emu.scenarios.createVolume({ projectId: SEED.projects.demo, volumeType: typeId });
    const user = await openEditor();
    fill('Value 2', 'bronze');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Apply changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Volume Type is currently in use.');
    const refusal = cloud.lastRequest('POST', '/extra_specs');
    expect(refusal.status).toBe(400);
    expect(alert).toHaveTextContent(refusal.requestId!);
    expect(screen.getByRole('combobox', { name: 'Value 2' })).toHaveValue('bronze');
    expect(specWrites()).toEqual(['POST /extra_specs']);
    expect(await heldSpecs()).toEqual(SPECS);
  });

  it('warns up front when volumes use the type', async () => {
    renderWithProviders(<ExtraSpecsCard typeId={typeId} volumesInUse={3} />);
    expect(await screen.findByText(/3 volumes use this type: Cinder refuses any change/)).toBeInTheDocument();
  });
});
