import { lazy, type ComponentType } from 'react';

type Loader = () => Promise<Record<string, unknown>>;

const loaders: Loader[] = [];

/**
 * A screen whose code is fetched the first time its route is shown: the window's first
 * paint parses only the shell and Home. `name` is the screen's named export.
 */
export function lazyScreen(load: Loader, name: string): ComponentType {
  loaders.push(load);
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/**
 * Fetches every screen's code once Home has painted and the window is idle, so that the
 * first visit to any other screen does not wait for its chunk (nor flash the fallback).
 * A failed fetch is left to the route itself, which tries again when it is shown.
 */
export function prefetchScreens(): () => void {
  // A second's grace first: Home's own requests are answered and painted before any of this.
  let idle = 0;
  const timer = setTimeout(() => {
    idle = requestIdleCallback(
      () => {
        for (const load of loaders) load().catch(() => undefined);
      },
      { timeout: 2000 },
    );
  }, 1000);
  return () => {
    clearTimeout(timer);
    cancelIdleCallback(idle);
  };
}
