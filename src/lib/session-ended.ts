const SESSION_ENDED = 'cinder-console.session-ended';

/** Remembers that the session ended by itself (401 or expiry, not logout) so the login page can say so. */
export function markSessionEnded(): void {
  sessionStorage.setItem(SESSION_ENDED, '1');
}

export function consumeSessionEndedFlag(): boolean {
  const flagged = sessionStorage.getItem(SESSION_ENDED) === '1';
  sessionStorage.removeItem(SESSION_ENDED);
  return flagged;
}
