import { cinder } from './http';
import type { UserMessage } from './models';

/**
 * Cinder user messages (3.3+): the user-readable reasons for asynchronous failures
 * ("schedule allocate volume: Could not find any available weighted backend."), per resource.
 */
export interface MessageQuery {
  resourceUuid?: string;
  limit?: number;
}

export async function listMessages(query: MessageQuery = {}, signal?: AbortSignal): Promise<UserMessage[]> {
  const data = await cinder.get<{ messages: UserMessage[] }>('/messages', {
    query: { resource_uuid: query.resourceUuid, limit: query.limit },
    signal,
  });
  // Sorted here rather than with ?sort= so that servers between 3.3 and 3.5 (no message paging) work too.
  return [...(data.messages ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at));
}
