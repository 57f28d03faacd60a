import { apiRequest } from './http';
import type { KeystoneProject } from './models';

interface ProjectPage {
  projects: KeystoneProject[];
  links?: { next?: string | null };
}

/** GET /v3/projects (admin): every project in the cloud, sorted by name. 403 for non-admins. */
export async function listAllProjects(signal?: AbortSignal): Promise<KeystoneProject[]> {
  const response = await apiRequest<ProjectPage>('identity', '/v3/projects', { signal });
  return [...response.data.projects].sort((a, b) => a.name.localeCompare(b.name));
}
