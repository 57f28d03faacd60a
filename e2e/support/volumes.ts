import type { APIRequestContext, Page, Route } from '@playwright/test';
import type { CreateVolumeArgs } from '../../emulator/scenario-api';
import { scenario } from './console';

/** A Cinder call made with the page's own session (token, endpoint, microversion), as another client would. */
export async function cinderApi<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = JSON.parse(sessionStorage.getItem('cinder-console.session') ?? 'null') as {
        token: string;
        endpoints: { blockStorage: string };
        volumeApiVersion: string;
      };
      const response = await fetch(`${session.endpoints.blockStorage}${path}`, {
        method,
        headers: {
          'X-Auth-Token': session.token,
          'OpenStack-API-Version': `volume ${session.volumeApiVersion}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
    { method, path, body },
  );
}

/** The table row holding `text` (rows are real table rows). */
export function rowWith(page: Page, text: string) {
  return page.getByRole('row').filter({ hasText: text });
}

/** Inserts a volume directly in the emulator (available at once, no quota); returns its id. */
export async function scenarioVolume(request: APIRequestContext, args: CreateVolumeArgs): Promise<string> {
  return (await scenario(request, 'createVolume', args)).result.id;
}

/**
 * Holds the page's reads of volumes until `release()`: what the page shows meanwhile comes from what it
 * already had (an action's 202, the last answer). A status that lasts seconds in the emulator (deleting,
 * creating) then stays on screen however slowly the test runner looks. `only: 'by id'` holds the reads of
 * single volumes (the polls of a live row) and lets the list's reads through.
 */
export async function holdVolumeReads(page: Page, only?: 'by id'): Promise<{ release: () => Promise<void> }> {
  const held: Route[] = [];
  const matches = (url: URL) => (only ? /\/volumes\/[0-9a-f-]{36}$/ : /\/volumes(\/|$)/).test(url.pathname);
  await page.route(matches, (route) => (route.request().method() === 'GET' ? void held.push(route) : route.continue()));
  return {
    release: async () => {
      // Continued before the route is removed: removing it first hands the held reads on by itself.
      await Promise.all(held.map((route) => route.continue()));
      await page.unroute(matches);
    },
  };
}
