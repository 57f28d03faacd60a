import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SEED, startCloud } from '../../../test/emulator';
import { renderRoute } from '../../../test/render';

configure({ asyncUtilTimeout: 45_000 });

// #20 item 5c: a 404 after a delete ends it — the page says so, offers the way back, and stops acting and polling.
describe('a volume deleted while its page is open', { timeout: 120_000 }, () => {
  it('says it is gone, drops its actions and offers the way back', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    renderRoute(`/volumes/${SEED.volumes.webData}`);
    await screen.findByRole('heading', { name: /^web-data/ });
    const main = screen.getByRole('main');
    expect(within(main).getByRole('button', { name: 'Extend' })).toBeInTheDocument();

    const demo = await cloud.cinderAs('demo');
    expect((await demo.del(`/volumes/${SEED.volumes.webData}`)).status).toBe(202);
    // The delete finishes at once (instant flows): the next read of the page is a 404.
    await userEvent.click(within(main).getByRole('button', { name: /Refresh/ }));

    expect(await within(main).findByText('This volume has been deleted')).toBeInTheDocument();
    expect(within(main).queryByRole('button', { name: 'Extend' })).not.toBeInTheDocument();
    expect(within(main).queryByRole('button', { name: /Refresh/ })).not.toBeInTheDocument();
    expect(within(main).queryByRole('tab')).not.toBeInTheDocument();
    expect(within(main).getByRole('link', { name: 'Back to volumes' })).toHaveAttribute('href', '/volumes');
  });
});
