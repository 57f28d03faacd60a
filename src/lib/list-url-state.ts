/** The list state of lib/list-state.ts bound to the URL through react-router. */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { applyListChange, parseListUrlState, writeListUrlState, type ListSchema, type ListState } from './list-state';

export * from './list-state';

/** React binding: state from the URL, and a setter that writes a change back (push for page moves, replace otherwise). */
export function useListUrlState<S extends string, F extends string>(schema: ListSchema<S, F>, preferredLimit?: number | null) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListUrlState(params, schema, preferredLimit), [params, schema, preferredLimit]);
  // The URL as last written, not as of the last render: react-router hands a functional update the
  // params of the last render, so a second change made before the first has rendered (a sort, then a
  // page size, while the console is still busy) was computed from the old URL and dropped the first.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (change: Partial<ListState<S, F>>) => {
      const current = latest.current;
      const next = writeListUrlState(applyListChange(parseListUrlState(current, schema, preferredLimit), change), schema, current);
      latest.current = next;
      setParams(next);
    },
    [setParams, schema, preferredLimit],
  );
  return [state, update] as const;
}
