import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/errors';
import type { QosSpec } from '../../../api/models';
import * as qosApi from '../../../api/qos-specs';
import { renderWithProviders } from '../../../test/render';
import { SpecEditor } from './spec-editor';

vi.mock('../../../api/qos-specs', async (importOriginal) => {
  const actual = await importOriginal<typeof qosApi>();
  return { ...actual, setQosKeys: vi.fn(), unsetQosKeys: vi.fn(), getQosSpec: vi.fn(), listQosSpecs: vi.fn() };
});
const api = vi.mocked(qosApi);

const spec: QosSpec = {
  id: 'q1',
  name: 'gold',
  consumer: 'front-end',
  specs: { total_iops_sec: '500', read_bytes_sec: '104857600', minIOPS: '10' },
};

beforeEach(() => {
  vi.clearAllMocks();
  api.setQosKeys.mockImplementation(async (_id, specs) => specs);
  api.unsetQosKeys.mockResolvedValue(undefined);
});

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
  });

  it('refuses a reserved key when adding', async () => {
    const { user, fill } = setup();
    await fill(screen.getByLabelText('Key'), 'consumer');
    await fill(screen.getByLabelText('Value', { selector: 'input#qos-new-value' }), 'x');
    await user.click(screen.getByRole('button', { name: /Add$/ }));
    expect(await screen.findByText('"name" and "consumer" are not spec keys.')).toBeInTheDocument();
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
    await waitFor(() => expect(api.unsetQosKeys).toHaveBeenCalledWith('q1', ['minIOPS']));
    expect(api.setQosKeys).toHaveBeenCalledWith('q1', { total_iops_sec: '800', write_iops_sec: '200' });
    expect(api.setQosKeys.mock.invocationCallOrder[0]).toBeLessThan(api.unsetQosKeys.mock.invocationCallOrder[0]!);
  });

  it('changes the consumer through the set-keys call', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Consumer'));
    await user.click(await screen.findByTitle('Both'));
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByRole('row')[1]).toHaveTextContent('ChangeConsumerFront-endBoth');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.setQosKeys).toHaveBeenCalledWith('q1', { consumer: 'both' }));
    expect(api.unsetQosKeys).not.toHaveBeenCalled();
  });

  it('keeps the edits and shows Cinder’s message and request id when it refuses', async () => {
    api.unsetQosKeys.mockRejectedValue(
      new ApiError({ kind: 'http', status: 404, fault: 'itemNotFound', message: 'QoS spec q1 has no spec with key minIOPS.', requestId: 'req-123' }),
    );
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Remove minIOPS' }));
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('QoS spec q1 has no spec with key minIOPS.');
    expect(alert).toHaveTextContent('req-123');
    expect(screen.getByRole('button', { name: 'Restore minIOPS' })).toBeInTheDocument();
  });
});
