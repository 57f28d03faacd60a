import { useSyncExternalStore } from 'react';
import { getSession, isAdmin, subscribeSession, type Session } from '../api/session';

/** The current session (null when signed out); re-renders on login, logout and project switch. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

/** The session of a page behind the login guard, where one always exists. */
export function useRequiredSession(): Session {
  const session = useSession();
  if (!session) throw new Error('useRequiredSession used outside the signed-in area');
  return session;
}

/** Whether the UI should offer admin-only items. The server's answer still rules. */
export function useIsAdmin(): boolean {
  return isAdmin(useSession());
}
