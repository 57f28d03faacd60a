import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { QosSpec } from '../../../api/models';
import { startCloud, type TestCloud } from '../../../test/emulator';
import { renderWithProviders } from '../../../test/render';
import { SpecEditor } from './spec-editor';

let cloud: TestCloud;
let spec: QosSpec;

beforeEach(async () => {
  cloud = startCloud();
  await cloud.signIn('admin');
  const admin = await cloud.cinderAs('admin');
  const created = await admin.post<{ qos_specs: QosSpec }>('/qos-specs', {
    qos_specs: { name: 'gold', consumer: 'front-end', total_iops_sec: '500', read_bytes_sec: '104857600', minIOPS: '10' },
  });
  spec = created.body.qos_specs;
});

/** The spec as the emulator now holds it. */
async function held(): Promise<Pick<QosSpec, 'consumer' | 'specs'>> {
  const admin = await cloud.cinderAs('admin');
  const { consumer, specs } = (await admin.get<{ qos_specs: QosSpec }>(`/qos-specs/${spec.id}`)).body.qos_specs;
  return { consumer, specs };
}

/** The writes the console sent to the spec, in order, with their bodies. */
const writes = () => cloud.requests.filter((r) => r.method === 'PUT').map((r) => [r.path.slice(r.path.indexOf(spec.id) + spec.id.length) || '/', r.body]);

function setup() {
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<SpecEditor spec={spec} />);
  // Pasting instead of typing key by key: antd re-renders the whole table on each keystroke in jsdom.
  const fill = async (element: HTMLElement, text: string) => {
    await user.clear(element);
    await user.click(element);
    await user.paste(text);
  };
  return { user, fill };
}

// jsdom renders antd slowly, more so on a busy machine: generous timeouts, not flaky ones.
describe('SpecEditor', { timeout: 120_000 }, () => {
  it('shows values with their unit read back', () => {
    setup();
    expect(screen.getByLabelText('Value of read_bytes_sec')).toHaveValue('104857600');
    expect(screen.getByText('bytes/s = 100 MiB/s')).toBeInTheDocument();
    // A free key under a front-end consumer is flagged: the hypervisor ignores it.
    expect(screen.getAllByLabelText(/Not a key the hypervisor knows/)).toHaveLength(1);
  });

  it('refuses a non-integer value for a standard key before anything is sent', async () => {
    const { fill } = setup();
    const field = screen.getByLabelText('Value of total_iops_sec');
    await fill(field, '12.5');
    expect(await screen.findByText('Enter a whole number of 0 or more.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Review changes' })).toBeDisabled();
    expect(writes()).toEqual([]);
  });

  it('refuses a reserved key when adding', async () => {
    const { user, fill } = setup();
    await fill(screen.getByLabelText('Key'), 'consumer');
    await fill(screen.getByLabelText('Value', { selector: 'input#qos-new-value' }), 'x');
    await user.click(screen.getByRole('button', { name: /Add$/ }));
    expect(await screen.findByText('"name" and "consumer" are not spec keys.')).toBeInTheDocument();
    expect(writes()).toEqual([]);
  });

  it('shows the diff, then sets changed and added keys and unsets removed ones', async () => {
    const { user, fill } = setup();
    await fill(screen.getByLabelText('Value of total_iops_sec'), '800');
    await user.click(screen.getByRole('button', { name: 'Remove minIOPS' }));
    await fill(screen.getByLabelText('Key'), 'write_iops_sec');
    await fill(screen.getByLabelText('Value', { selector: 'input#qos-new-value' }), '200');
    await user.click(screen.getByRole('button', { name: /Add$/ }));
    expect(screen.getByText('3 unsaved changes')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const dialog = await screen.findByRole('dialog');
    const rows = within(dialog)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['Changetotal_iops_sec500 (500 IOPS)800 (800 IOPS)', 'Addwrite_iops_sec—200 (200 IOPS)', 'RemoveminIOPS10—']);
    expect(within(dialog).getByText(/keep their old limits until they are detached and attached again/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Specs of gold saved.')).toBeInTheDocument();
    expect(await held()).toEqual({ consumer: 'front-end', specs: { total_iops_sec: '800', read_bytes_sec: '104857600', write_iops_sec: '200' } });
    // Set first, then unset (the order the draft's diff is applied in).
    expect(writes()).toEqual([
      ['/', { qos_specs: { total_iops_sec: '800', write_iops_sec: '200' } }],
      ['/delete_keys', { keys: ['minIOPS'] }],
    ]);
  });

  it('changes the consumer through the set-keys call', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Consumer'));
    await user.click(await screen.findByTitle('Both'));
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByRole('row')[1]).toHaveTextContent('ChangeConsumerFront-endBoth');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Specs of gold saved.')).toBeInTheDocument();
    expect(writes()).toEqual([['/', { qos_specs: { consumer: 'both' } }]]);
    expect(await held()).toEqual({ consumer: 'both', specs: spec.specs });
  });

  it('keeps the edits and shows Cinder’s message and request id when it refuses', async () => {
    const { user } = setup();
    // Someone else removes the key while the page still shows it.
    const admin = await cloud.cinderAs('admin');
    expect((await admin.put(`/qos-specs/${spec.id}/delete_keys`, { keys: ['minIOPS'] })).status).toBe(202);
    await user.click(screen.getByRole('button', { name: 'Remove minIOPS' }));
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`QoS spec ${spec.id} has no spec with key minIOPS.`);
    const refusal = cloud.lastRequest('PUT', '/delete_keys');
    expect(refusal.status).toBe(404);
    expect(alert).toHaveTextContent(refusal.requestId!);
    expect(screen.getByRole('button', { name: 'Restore minIOPS' })).toBeInTheDocument();
  });
});
