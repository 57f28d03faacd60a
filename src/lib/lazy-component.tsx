import { lazy, useState, type ComponentType } from 'react';

/**
 * React.lazy that renders at once when its code is already here. React cannot tell that a promise has
 * resolved, so a lazy() component suspends on its first render even when its module was loaded long
 * before; on the first screen that suspension commits the Suspense fallback in place of the frame
 * index.html drew, and renders everything again in a retry (measured on a cold /volumes: two such
 * suspensions, ten restarted renders, ~300 ms). `preload()` loads the module and remembers its
 * component; an instance mounted after that renders it directly.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  // One load for the preload and the lazy wrapper; a failed one may be tried again.
  const remember = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => remember().then((component) => ({ default: component })));
  function LazyComponent(props: P) {
    // Chosen once per instance: switching from the lazy wrapper to the component would remount it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? (Lazy as ComponentType<P>));
    return <Component {...props} />;
  }
  return Object.assign(LazyComponent, { preload: remember });
}
