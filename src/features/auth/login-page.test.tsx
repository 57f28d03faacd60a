import { screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, expect, it } from 'vitest';
import { markSessionEnded } from '../../lib/session-ended';
import { renderWithProviders } from '../../test/render';
import LoginPage from './login-page';

afterEach(() => sessionStorage.clear());

const ended = 'Your session has ended. Sign in again to continue where you left off.';

/** Suspends its first render (as a lazy part of the page does while its code loads), then renders nothing. */
function suspendsOnce() {
  let loaded = false;
  const loading = new Promise<void>((resolve) => setTimeout(() => ((loaded = true), resolve()), 20));
  return function LoadingPart() {
    if (!loaded) throw loading;
    return null;
  };
}

// React may render the page more than once before it is shown (a render interrupted or suspended is
// thrown away with its state and made again): the notice must survive that.
it('says the session ended, however many times the page renders before it is shown', async () => {
  markSessionEnded();
  const LoadingPart = suspendsOnce();
  renderWithProviders(
    <Suspense fallback={null}>
      <LoginPage />
      <LoadingPart />
    </Suspense>,
    { route: '/login' },
  );
  expect(await screen.findByText(ended)).toBeInTheDocument();
});

it('says it once: a later visit to the login page does not repeat it', async () => {
  markSessionEnded();
  const first = renderWithProviders(<LoginPage />, { route: '/login' });
  expect(await screen.findByText(ended)).toBeInTheDocument();
  first.unmount();
  renderWithProviders(<LoginPage />, { route: '/login' });
  expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument();
  expect(screen.queryByText(ended)).toBeNull();
});
