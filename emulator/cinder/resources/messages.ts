/** /messages (3.3+): user messages of failed asynchronous operations. Handlers: ../messages.ts. */
import { defineResource, json } from '../resource';
import { deleteMessage, listMessages, showMessage } from '../messages';

export const messages = defineResource({
  collection: 'messages',
  // Older requests hit no controller method (VersionNotFoundForAPIMethod → 404).
  minVersion: '3.3',
  routes: [
    { method: 'GET', path: '', handle: ({ ctx }) => json(listMessages(ctx)) },
    { method: 'GET', path: ':id', handle: ({ ctx, params }) => json(showMessage(ctx, params.id!)) },
    { method: 'DELETE', path: ':id', handle: ({ ctx, params }) => (deleteMessage(ctx, params.id!), { status: 204 }) },
  ],
});
