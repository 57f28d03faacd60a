import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { Pager } from './pager';

const noop = () => undefined;
const base = { pageSize: 20, pageSizes: [20, 50], hasNext: false, onPage: noop, onPageSize: noop };

describe('Pager range', () => {
  it('counts the rows on screen within the total', () => {
    renderWithProviders(<Pager {...base} page={2} rowCount={5} total={25} />);
    expect(screen.getByText('21–25 of 25')).toBeInTheDocument();
  });

  it('says 0 of 0 on an empty result, never a negative end', () => {
    renderWithProviders(<Pager {...base} page={1} rowCount={0} total={0} />);
    expect(screen.getByText('0 of 0')).toBeInTheDocument();
    expect(screen.queryByText(/–-1/)).not.toBeInTheDocument();
  });

  it('an emptied later page keeps the total and the way back', () => {
    renderWithProviders(<Pager {...base} page={3} rowCount={0} total={40} />, 'zh-CN');
    expect(screen.getByText('第 0 条，共 40 条')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上一页' })).toBeEnabled();
  });
});
