import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Reason } from '../../../domain/volumes';
import { renderWithProviders } from '../../../test/render';
import { useReasonText } from './use-reason-text';

function ReasonText({ reason }: { reason: Reason }) {
  return <p>{useReasonText()(reason)}</p>;
}

const extendOnError: Reason = { key: 'reasons.status', values: { allowed: ['available', 'in-use'], status: 'error' } };

describe('useReasonText', () => {
  it('puts statuses into Chinese words, with the current code beside its label', () => {
    renderWithProviders(<ReasonText reason={extendOnError} />, 'zh-CN');
    expect(screen.getByRole('paragraph')).toHaveTextContent('仅当云硬盘状态为可用或使用中时才允许此操作；当前状态为错误（error）。');
  });

  it('reads the same way in English', () => {
    renderWithProviders(<ReasonText reason={extendOnError} />);
    expect(screen.getByRole('paragraph')).toHaveTextContent('Cinder allows this only when the status is Available or In use; it is Error (error).');
  });

  it('names the current status in words for attach and detach too', () => {
    renderWithProviders(<ReasonText reason={{ key: 'reasons.detachStatus', values: { status: 'available' } }} />, 'zh-CN');
    expect(screen.getByRole('paragraph')).toHaveTextContent('Cinder 只卸载使用中的云硬盘；当前状态为可用（available）。');
  });
});
