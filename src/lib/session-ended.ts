const SESSION_ENDED = 'cinder-console.session-ended';

/** Remembers that the session ended by itself (401 or expiry, not logout) so the login page can say so. */
export function markSessionEnded(): void {
  sessionStorage.setItem(SESSION_ENDED, '1');
}

/**
 * Whether the login page should say the session ended. Only reads: a render may be thrown away and made
 * again before it is shown, so the page forgets the flag once it is on screen (forgetSessionEnded).
 */
export function sessionEndedFlagged(): boolean {
  return sessionStorage.getItem(SESSION_ENDED) === '1';
}

export function forgetSessionEnded(): void {
  sessionStorage.removeItem(SESSION_ENDED);
}
