import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFilePath, resolveDataDir } from '#electron/dataLocation';
import { restoreBounds } from '#electron/windowBounds';

describe('data location', () => {
  it('prefers --data-dir, then CAIRN_DATA_DIR, then the user-data folder', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir=/vault/cairn'], { CAIRN_DATA_DIR: '/env' }, '/ud')).toBe(
      '/vault/cairn',
    );
    expect(resolveDataDir(['electron'], { CAIRN_DATA_DIR: '/env' }, '/ud')).toBe('/env');
    expect(resolveDataDir(['electron'], {}, '/ud')).toBe('/ud');
    expect(resolveDataDir(['--data-dir=rel'], {}, '/ud')).toBe(resolve('rel'));
    expect(dataFilePath('/ud')).toBe(join('/ud', 'cairn.sqlite'));
  });
});

describe('window bounds', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1080 };
  it('restores bounds that land on a screen', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [screen])).toEqual(saved);
  });
  it('drops bounds on a monitor that is gone, or that are malformed', () => {
    expect(restoreBounds({ x: 3000, y: 80, width: 1200, height: 800, maximized: false }, [screen])).toBeNull();
    expect(restoreBounds({ x: 'a' }, [screen])).toBeNull();
    expect(restoreBounds(undefined, [screen])).toBeNull();
    expect(restoreBounds({ x: 0, y: 0, width: 10, height: 10, maximized: false }, [screen])).toBeNull();
  });
});
