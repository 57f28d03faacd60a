import { render } from '@testing-library/react';
import { Suspense, useLayoutEffect, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyComponent } from './lazy-component';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** What the first commit showed: the component, or the Suspense fallback. */
function firstCommitOf(Component: ComponentType<{ name: string }>): Promise<string> {
  return new Promise((resolve) => {
    function Probe() {
      useLayoutEffect(() => resolve(document.body.textContent ?? ''), []);
      return null;
    }
    render(
      <>
        <Suspense fallback="Loading">
          <Component name="Ada" />
        </Suspense>
        <Probe />
      </>,
    );
  });
}

describe('lazyComponent', () => {
  it('renders in the first commit once preloaded; suspends (fallback first) when not', async () => {
    const preloaded = lazyComponent(() => Promise.resolve(Greeting));
    await preloaded.preload();
    expect(await firstCommitOf(preloaded)).toBe('Hello Ada');
    document.body.innerHTML = '';

    const cold = lazyComponent(() => Promise.resolve(Greeting));
    expect(await firstCommitOf(cold)).toBe('Loading');
  });

  it('loads the module once for the preload and the render; a failed load is tried again', async () => {
    let loads = 0;
    let fail = true;
    const Component = lazyComponent(() => {
      loads += 1;
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
    });
    await expect(Component.preload()).rejects.toThrow('offline');
    fail = false;
    await Promise.all([Component.preload(), Component.preload()]);
    render(<Component name="Grace" />);
    expect(document.body.textContent).toContain('Hello Grace');
    expect(loads).toBe(2);
  });
});
