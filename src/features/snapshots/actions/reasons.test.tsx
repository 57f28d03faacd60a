import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRevertBlockReason } from './reasons';
import { renderWithProviders } from '../../../test/render';

function RevertReason({ volumeStatus }: { volumeStatus: string }) {
  return <p>{useRevertBlockReason()('volumeStatus', { version: '3.70', volumeStatus, snapshotSize: 1 })}</p>;
}

describe('a volume status in another resource’s sentence', () => {
  it('reads as the label with Cinder’s code beside it (a snapshot’s revert)', () => {
    renderWithProviders(<RevertReason volumeStatus="in-use" />, 'zh-CN');
    expect(screen.getByRole('paragraph')).toHaveTextContent('云硬盘必须处于可用（未挂载）状态；当前为使用中（in-use）。');
  });

  it('keeps an unknown status as its code', () => {
    renderWithProviders(<RevertReason volumeStatus="frobbing" />);
    expect(screen.getByRole('paragraph')).toHaveTextContent('The volume must be available (detached); it is frobbing.');
  });
});
