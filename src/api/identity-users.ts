import { apiRequest } from './http';

export interface KeystoneUser {
  id: string;
  name: string;
  domain_id: string;
}

/** GET /v3/users (admin): every user of the cloud, one call, to name the user ids Cinder shows. 403 for others. */
export async function listAllUsers(signal?: AbortSignal): Promise<KeystoneUser[]> {
  const response = await apiRequest<{ users: KeystoneUser[] }>('identity', '/v3/users', { signal });
  return response.data.users;
}
