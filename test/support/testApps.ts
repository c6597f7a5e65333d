import { afterEach } from 'vitest';
import { createTestApp, type TestApp, type TestAppOptions } from './testApp';

/**
 * For a vitest file that starts several apps in one test (an export in one, its import in
 * another): returns `start`, and closes every app it started after each test.
 */
export function closedAfterEach(): (options?: TestAppOptions) => TestApp {
  const apps: TestApp[] = [];
  afterEach(() => {
    for (const app of apps.splice(0)) app.close();
  });
  return (options) => {
    const app = createTestApp(options);
    apps.push(app);
    return app;
  };
}
