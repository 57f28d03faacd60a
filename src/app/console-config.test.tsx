import { screen } from '@testing-library/react';
import { Button } from 'antd';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { ConsoleConfigProvider } from './console-config';

describe('ConsoleConfigProvider', () => {
  it('leaves two-character Chinese buttons as written, like the longer ones', () => {
    renderWithProviders(
      <ConsoleConfigProvider>
        <Button>编辑</Button>
        <Button>删除所选</Button>
      </ConsoleConfigProvider>,
      'zh-CN',
    );
    expect(screen.getByRole('button', { name: '编辑' })).toHaveTextContent(/^编辑$/);
    expect(screen.getByRole('button', { name: '删除所选' })).toHaveTextContent(/^删除所选$/);
  });
});
