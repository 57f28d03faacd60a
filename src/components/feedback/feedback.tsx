/**
 * Toasts, notifications and confirm dialogs (antd's message, notification and Modal.confirm) with their
 * code loaded on first use. antd's App would put ~19 KB gzip (Modal, Skeleton, notification, message)
 * on every page, though most page views show none of them.
 *
 * `useFeedback()` has the shape of antd's `App.useApp()`; calls made before the code has arrived are
 * queued and shown as soon as it has (a few milliseconds on first use). The calls return nothing:
 * nothing in the console closes a toast by hand.
 */
import type { useAppProps } from 'antd/es/app/context';
import { createContext, lazy, Suspense, useContext, useState, type ReactNode } from 'react';

type Api = useAppProps;
type VoidMethods<T, K extends keyof T> = { [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => void : never };

const messageMethods = ['success', 'error', 'info', 'warning', 'loading', 'open', 'destroy'] as const;
const notificationMethods = ['success', 'error', 'info', 'warning', 'open', 'destroy'] as const;
const modalMethods = ['confirm', 'info', 'success', 'error', 'warning'] as const;

export interface Feedback {
  message: VoidMethods<Api['message'], (typeof messageMethods)[number]>;
  notification: VoidMethods<Api['notification'], (typeof notificationMethods)[number]>;
  modal: VoidMethods<Api['modal'], (typeof modalMethods)[number]>;
}

const FeedbackContext = createContext<Feedback | null>(null);
const FeedbackHost = lazy(() => import('./feedback-host'));

type Call = (api: Api) => void;

/** Forwards `part.name(...args)` to the antd API once it is there. */
function forward<P extends keyof Api, const N extends readonly string[]>(part: P, names: N, run: (call: Call) => void) {
  return Object.fromEntries(
    names.map((name) => [name, (...args: unknown[]) => run((api) => (api[part] as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args))]),
  );
}

/** The queue and the forwarding API, made once per provider (outside React's render data flow). */
function createFeedbackStore(onFirstCall: () => void) {
  let api: Api | null = null;
  const queue: Call[] = [];
  const run = (call: Call) => {
    if (api) call(api);
    else {
      queue.push(call);
      onFirstCall();
    }
  };
  return {
    feedback: {
      message: forward('message', messageMethods, run),
      notification: forward('notification', notificationMethods, run),
      modal: forward('modal', modalMethods, run),
    } as Feedback,
    ready(loaded: Api) {
      api = loaded;
      for (const call of queue.splice(0)) call(loaded);
    },
  };
}

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const [store] = useState(() => createFeedbackStore(() => setWanted(true)));
  return (
    <FeedbackContext.Provider value={store.feedback}>
      {children}
      {wanted ? (
        <Suspense fallback={null}>
          <FeedbackHost onReady={store.ready} />
        </Suspense>
      ) : null}
    </FeedbackContext.Provider>
  );
}

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useFeedback() needs a <FeedbackProvider> above it');
  return feedback;
}
