import { useCallback, useEffect, useState } from 'react';
import { callApi } from './api.ts';

export interface ApiData<Result> {
  data: Result | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again, keeping what is shown until the new answer arrives. */
  reload: () => void;
  /** Replaces what is shown, e.g. with the answer of a change the user just made. */
  setData: (update: Result | ((current: Result | undefined) => Result | undefined)) => void;
}

/**
 * GETs `path` (null: nothing yet) and keeps the answer, reloading when the path changes, or when
 * `version` does (for data that changes with something else on the page).
 */
export function useApiData<Result>(path: string | null, version?: unknown): ApiData<Result> {
  const [data, setData] = useState<Result>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    callApi<Result>(path, { signal: controller.signal })
      .then((result) => {
        setData(result);
        setError(undefined);
      })
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setError(failure);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [path, generation, version]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, loading, reload, setData };
}
