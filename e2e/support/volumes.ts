import type { APIRequestContext, Page } from '@playwright/test';
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
