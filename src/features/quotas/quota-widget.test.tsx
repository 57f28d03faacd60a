import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED, startCloud } from '../../test/emulator';
import { renderWithProviders } from '../../test/render';
import { QuotaWidget } from './quota-widget';

describe('QuotaWidget', { timeout: 60_000 }, () => {
  it('is a usage bar filled to the share used, beside the grouped figures — not a ring that reads as a spinner', async () => {
    const cloud = startCloud();
    const admin = await cloud.cinderAs('admin');
    await admin.put(`/os-quota-sets/${SEED.projects.demo}`, { quota_set: { gigabytes: 2000 } });
    const demo = await cloud.cinderAs('demo');
    const usedBefore = (await demo.get(`/os-quota-sets/${SEED.projects.demo}?usage=true`)).body.quota_set.gigabytes.in_use as number;
    await cloud.signIn('demo');
    const { container } = renderWithProviders(<QuotaWidget />);

    const widget = await screen.findByRole('link', { name: /gigabytes quota/ });
    expect(widget).toHaveTextContent(new RegExp(`^${usedBefore} / 2,000 GiB$`));
    expect(container.querySelector('circle')).toBeNull();
    const fill = container.querySelector<HTMLElement>('[data-part="usage-bar-fill"]');
    expect(fill?.style.width).toBe(`${Math.round((usedBefore / 2000) * 100)}%`);
  });
});
