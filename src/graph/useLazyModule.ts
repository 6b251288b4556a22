/**
 * A module only some graphs need, loaded when one needs it: the machinery of large graphs (the
 * emphasis layer, grid hit testing, hub labels) stays out of the start-up bundle, which the
 * article's first picture pays for.
 */
import { useEffect, useState } from 'react';

export type LazyModule<T> =
  { status: 'unwanted' | 'loading' } | { status: 'ready'; module: T } | { status: 'failed' };

/**
 * Loads the module once `wanted` first holds; a module that fails to load says so in the console.
 * `load` is a constant of its caller's module (an `import()`), not a function made each render.
 */
export function useLazyModule<T>(
  name: string,
  load: () => Promise<T>,
  wanted: boolean,
): LazyModule<T> {
  const [loaded, setLoaded] = useState<LazyModule<T> | null>(null);
  useEffect(() => {
    if (!wanted || loaded) return;
    let cancelled = false;
    load().then(
      (module) => {
        if (!cancelled) setLoaded({ status: 'ready', module });
      },
      (error: unknown) => {
        console.warn(`${name} could not be loaded.`, error);
        if (!cancelled) setLoaded({ status: 'failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, loaded, name, load]);
  if (!wanted) return { status: 'unwanted' };
  return loaded ?? { status: 'loading' };
}

/** The module if it is loaded and wanted. */
export function readyModule<T>(lazy: LazyModule<T>): T | null {
  return lazy.status === 'ready' ? lazy.module : null;
}
