import { setUnauthorizedHandler } from '../api/http';
import { getSession, setSession, subscribeSession } from '../api/session';
import { markSessionEnded } from '../lib/session-ended';

function endSession() {
  if (!getSession()) return;
  markSessionEnded();
  setSession(null);
}

/**
 * A 401 from any service, or the token's expiry time passing, ends the session; the login guard
 * then sends the user to /login with the current URL to come back to.
 */
export function watchSessionEnd(): () => void {
  setUnauthorizedHandler(endSession);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const session = getSession();
    if (!session) return;
    // setTimeout overflows past ~24.8 days; Keystone tokens last hours.
    const ms = Math.min(Date.parse(session.expiresAt) - Date.now(), 2 ** 31 - 1);
    timer = setTimeout(endSession, Math.max(ms, 0));
  };
  schedule();
  const unsubscribe = subscribeSession(schedule);
  return () => {
    setUnauthorizedHandler(null);
    clearTimeout(timer);
    unsubscribe();
  };
}
