import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { BulkConfirmDialog } from './bulk-confirm-dialog';
import { splitByRule } from './bulk-plan';

const rows = [
  { id: 'a', name: 'free', attached: false },
  { id: 'b', name: 'busy', attached: true },
];
const plan = splitByRule(rows, (r) => ({ id: r.id, label: r.name }), (r) => (r.attached ? 'It is attached.' : null));

function show(runnable = plan.runnable, blocked = plan.blocked) {
  const onConfirm = vi.fn();
  renderWithProviders(
    <BulkConfirmDialog open title="Delete 2 volumes?" intro="Data will be lost." runnable={runnable} blocked={blocked} okText={(n) => `Delete ${n}`} onCancel={() => undefined} onConfirm={onConfirm} />,
  );
  return { dialog: screen.getByRole('dialog', { name: 'Delete 2 volumes?' }), onConfirm };
}

describe('BulkConfirmDialog', () => {
  it('flags what its rule refuses, with the reason, and sends only the rest', async () => {
    const { dialog, onConfirm } = show();
    expect(within(dialog).getByRole('list', { name: 'Will be deleted (1)' })).toHaveTextContent('free');
    expect(within(dialog).getByRole('list', { name: 'Cannot be deleted now' })).toHaveTextContent('busy: It is attached.');
    await userEvent.setup({ delay: null }).click(within(dialog).getByRole('button', { name: 'Delete 1' }));
    expect(onConfirm).toHaveBeenCalledWith([{ id: 'a', label: 'free' }]);
  });

  it('cannot be confirmed when nothing can run', () => {
    const { dialog } = show([], splitByRule(rows, (r) => ({ id: r.id, label: r.name }), () => 'No.').blocked);
    expect(dialog).toHaveTextContent('None of the selected items can be deleted now:');
    expect(within(dialog).getByRole('button', { name: 'Delete 0' })).toBeDisabled();
  });
});
