/** The list state of lib/list-state.ts bound to the URL through react-router. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { applyListChange, parseListUrlState, writeListUrlState, type ListSchema, type ListState } from './list-state';

export * from './list-state';

/** React binding: state from the URL, and a setter that writes a change back (push for page moves, replace otherwise). */
export function useListUrlState<S extends string, F extends string>(schema: ListSchema<S, F>, preferredLimit?: number | null) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListUrlState(params, schema, preferredLimit), [params, schema, preferredLimit]);
  const update = useCallback(
    (change: Partial<ListState<S, F>>) => {
      setParams((current) => {
        const now = parseListUrlState(current, schema, preferredLimit);
        return writeListUrlState(applyListChange(now, change), schema, current);
      });
    },
    [setParams, schema, preferredLimit],
  );
  return [state, update] as const;
}
