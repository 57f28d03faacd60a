/**
 * The signed-in session: token, scope, roles and resolved endpoints.
 * Held in memory and mirrored to sessionStorage (never localStorage, never a URL) so that a reload in
 * the same tab keeps the session while closing the tab ends it.
 */
export interface SessionProject {
  id: string;
  name: string;
  domainId: string;
  domainName: string;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: { id: string; name: string; domainId: string; domainName: string };
  project: SessionProject;
  roles: string[];
  /** Same-origin base URLs, already rewritten onto the proxy prefixes. `compute` is absent in sessions saved before Nova was optional. */
  endpoints: { blockStorage: string; image: string | null; compute?: string | null };
  /** Negotiated Cinder microversion (min of the pinned one and the server's max). */
  volumeApiVersion: string;
}

const STORAGE_KEY = 'cinder-console.session';
type Listener = (session: Session | null) => void;

let current: Session | null = null;
let restored = false;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  if (!restored) {
    restored = true;
    const raw = storage()?.getItem(STORAGE_KEY);
    if (raw) {
      try {
        const parsed = JSON.parse(raw) as Session;
        current = Date.parse(parsed.expiresAt) > Date.now() ? parsed : null;
      } catch {
        current = null;
      }
    }
  }
  return current;
}

export function setSession(session: Session | null): void {
  restored = true;
  current = session;
  const store = storage();
  if (session) store?.setItem(STORAGE_KEY, JSON.stringify(session));
  else store?.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener(session);
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isAdmin(session: Session | null): boolean {
  return !!session?.roles.includes('admin');
}
