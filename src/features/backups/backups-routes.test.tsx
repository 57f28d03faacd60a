import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setConfig } from '../../api/config';
import { SEED, startCloud } from '../../test/emulator';
import { renderRoute } from '../../test/render';

// The first visit to a page imports its lazy modules; a cold transform on a busy machine outlasts 1 s.
configure({ asyncUtilTimeout: 60_000 });

async function rowsOf(label: string, expected: string): Promise<string[]> {
  const list = await screen.findByRole('region', { name: label });
  await within(list).findByText(expected);
  return within(list)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent ?? '');
}

describe('backups pages against the emulator', { timeout: 120_000 }, () => {
  it('lists the project’s backups with status, kind, size and source volume, paged by the server with a total', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    renderRoute('/backups');
    const rows = await rowsOf('Backups', 'web-data-incr');
    expect(rows).toHaveLength(4);
    expect(rows.find((row) => row.startsWith('web-data-incr'))).toMatch(/AvailableIncremental10 GiBweb-data/);
    expect(rows.find((row) => row.startsWith('archive-backup'))).toMatch(/ErrorFull80 GiBarchive/);
    expect(rows.some((row) => row.startsWith('research-'))).toBe(false);
    const list = cloud.lastRequest('GET', `/volume/v3/${SEED.projects.demo}/backups/detail`);
    expect(list.query).toContain('limit=20');
    expect(list.query).toContain('with_count=true');
  });

  it('a failed backup’s page shows Cinder’s fail reason and its user message', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    renderRoute(`/backups/${SEED.backups.archiveFailed}?tab=messages`);
    expect(await screen.findByRole('heading', { name: 'archive-backup' })).toBeInTheDocument();
    expect(screen.getByText('The backup failed')).toBeInTheDocument();
    expect(await screen.findByText('create backup:Backup failed to schedule. Service not found for creating backup.')).toBeInTheDocument();
  });

  it('disables delete of a backup with incrementals, and restores it into a new volume', async () => {
    const cloud = startCloud();
    await cloud.signIn('demo');
    const user = userEvent.setup({ delay: null });
    renderRoute(`/backups/${SEED.backups.webDataFull}`);
    expect(await screen.findByRole('heading', { name: 'web-data-full' })).toBeInTheDocument();
    const page = screen.getByRole('main');
    expect(page).toHaveTextContent('Has dependent backupsYes');
    await waitFor(() => expect(page).toHaveTextContent('Source volumeweb-data'));
    // Disabled, and says why to a keyboard or screen reader too (ReasonButton: focusable, the reason its description).
    const del = within(page).getByRole('button', { name: 'Delete' });
    expect(del).toHaveAttribute('aria-disabled', 'true');
    expect(del).toHaveAccessibleDescription('Incremental backups depend on this backup: delete them first.');

    await user.click(within(page).getByRole('button', { name: 'Restore' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore backup web-data-full' });
    await user.type(within(dialog).getByLabelText('New volume name'), 'restored-web');
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(cloud.lastRequest('POST', `/backups/${SEED.backups.webDataFull}/restore`).status).toBe(202));
    expect(cloud.lastRequest('POST', `/backups/${SEED.backups.webDataFull}/restore`).body).toEqual({ restore: { name: 'restored-web' } });
    const demo = await cloud.cinderAs('demo');
    const volumes = (await demo.get<{ volumes: { name: string; size: number; metadata: Record<string, string> }[] }>('/volumes/detail?name=restored-web')).body.volumes;
    expect(volumes).toEqual([expect.objectContaining({ size: 10, metadata: { src_backup_id: SEED.backups.webDataFull } })]);
    // The activity center followed the restore; the backup's page shows what it saw.
    await user.click(screen.getByRole('tab', { name: 'Status history' }));
    expect(await screen.findByText(/Restored by demo/)).toBeInTheDocument();
  });

  it('is not there when config.json turns backups off', async () => {
    const cloud = startCloud();
    setConfig({ features: { vendorRetypeOptions: false, backups: false } });
    await cloud.signIn('demo');
    renderRoute('/backups');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(await within(nav).findByRole('link', { name: /Snapshots/ })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: /Backups/ })).not.toBeInTheDocument();
    expect(cloud.requests.some((r) => r.path.includes('/backups'))).toBe(false);
  });
});
