import { expect, type APIRequestContext, type Page } from '@playwright/test';
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

/** Creates a volume through the API (it goes creating → available on its own) and returns its id. */
export async function createVolumeViaApi(page: Page, name: string, size = 1): Promise<string> {
  const created = await cinderApi<{ volume: { id: string } }>(page, 'POST', '/volumes', { volume: { size, name } });
  expect(created.status, JSON.stringify(created.body)).toBe(202);
  return created.body.volume.id;
}

/** Waits (through the API, not the page) until a volume has a status. */
export async function waitForVolumeStatus(page: Page, id: string, status: string) {
  await expect
    .poll(async () => (await cinderApi<{ volume: { status: string } }>(page, 'GET', `/volumes/${id}`)).body?.volume?.status, { timeout: 20_000 })
    .toBe(status);
}

/** The table row holding `text` (rows are real table rows). */
export function rowWith(page: Page, text: string) {
  return page.getByRole('row').filter({ hasText: text });
}

/** Inserts a volume directly in the emulator (available at once, no quota); returns its id. */
export async function scenarioVolume(request: APIRequestContext, args: Record<string, unknown>): Promise<string> {
  const answer = (await scenario(request, 'createVolume', args)) as { result: { id: string } };
  return answer.result.id;
}
