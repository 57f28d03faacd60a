/** /messages (3.3+; paging and filters 3.5+): user-visible reasons for asynchronous failures. */
import { badRequest, messageNotFound } from './faults';
import { RESOURCE_FILTERS } from './filters';
import { atLeast } from './microversion';
import { collectionLinks, MAX_LIMIT, paginate, parseListParams, type Column, type ListParams } from './paging';
import { links } from './views';
import type { CinderContext } from './context';
import type { Message } from '../state';
import { cinderTime } from '../util/time';

const MESSAGE_COLUMNS: Column<Message> = {
  id: (m) => m.id,
  created_at: (m) => m.createdAt,
  expires_at: (m) => m.expiresAt,
  resource_uuid: (m) => m.resourceUuid,
  resource_type: (m) => m.resourceType,
  event_id: (m) => m.eventId,
  request_id: (m) => m.requestId,
  message_level: (m) => m.messageLevel,
  project_id: (m) => m.projectId,
  deleted: () => false,
};

function view(ctx: CinderContext, m: Message) {
  const out: Record<string, unknown> = {
    id: m.id,
    event_id: m.eventId,
    user_message: m.userMessage,
    message_level: m.messageLevel,
    created_at: cinderTime(m.createdAt),
    guaranteed_until: cinderTime(m.expiresAt),
    request_id: m.requestId,
    links: links(ctx, 'messages', m.id),
  };
  if (m.resourceType) out.resource_type = m.resourceType;
  if (m.resourceUuid) out.resource_uuid = m.resourceUuid;
  return out;
}

function visible(ctx: CinderContext, m: Message | undefined): m is Message {
  return Boolean(m) && (ctx.isAdmin || m!.projectId === ctx.projectId);
}

export function listMessages(ctx: CinderContext): unknown {
  const state = ctx.world.state;
  let list = Object.values(state.messages).filter((m) => visible(ctx, m));
  let params: ListParams = { marker: null, limit: MAX_LIMIT, offset: 0, sortKeys: ['created_at', 'id'], sortDirs: ['desc', 'desc'], filters: new Map() };
  if (atLeast(ctx.version, '3.5')) {
    params = parseListParams(ctx.url.searchParams);
    if (atLeast(ctx.version, '3.31') && !ctx.isAdmin) {
      const bad = [...params.filters.keys()].filter((k) => !RESOURCE_FILTERS.message!.includes(k) && k !== 'all_tenants');
      if (bad.length) throw badRequest(`Invalid filters ${bad.join(',')} are found in query options.`);
    }
    for (const [k, v] of params.filters) {
      if (k === 'all_tenants') continue;
      const col = MESSAGE_COLUMNS[k];
      list = col ? list.filter((m) => String(col(m)) === v) : [];
    }
  }
  const page = paginate(list, params, MESSAGE_COLUMNS, messageNotFound, (id) => {
    const m = state.messages[id];
    return visible(ctx, m) ? m : undefined;
  });
  const body: Record<string, unknown> = { messages: page.map((m) => view(ctx, m)) };
  const l = collectionLinks(ctx, page, 'messages');
  if (l.length) body.messages_links = l;
  return body;
}

function getMessage(ctx: CinderContext, id: string): Message {
  const m = ctx.world.state.messages[id];
  if (!visible(ctx, m)) throw messageNotFound(id);
  return m;
}

export function showMessage(ctx: CinderContext, id: string): unknown {
  return { message: view(ctx, getMessage(ctx, id)) };
}

export function deleteMessage(ctx: CinderContext, id: string): void {
  const m = getMessage(ctx, id);
  delete ctx.world.state.messages[m.id];
  ctx.world.changed();
}
