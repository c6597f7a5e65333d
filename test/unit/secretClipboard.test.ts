import { describe, expect, it } from 'vitest';
import { copySecretForAWhile, type SystemClipboard } from '#electron/session/secretClipboard';

/** A clipboard that answers asynchronously, as Electron's does since version 45. */
function asyncClipboard() {
  const state = { text: 'what was there before' };
  const clipboard: SystemClipboard = {
    writeText: async (text) => void (state.text = text),
    readText: async () => state.text,
    clear: () => void (state.text = ''),
  };
  return { state, clipboard };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('copying a secret for a while', () => {
  it('puts it on the clipboard and asks to be called back after the given seconds', async () => {
    const { state, clipboard } = asyncClipboard();
    const asked: number[] = [];
    copySecretForAWhile(clipboard, 'ABCD-EFGH', 60, (_task, ms) => asked.push(ms));
    await settle();
    expect(state.text).toBe('ABCD-EFGH');
    expect(asked).toEqual([60_000]);
  });

  it('clears the clipboard then if it still holds the secret', async () => {
    const { state, clipboard } = asyncClipboard();
    let clear = () => {};
    copySecretForAWhile(clipboard, 'ABCD-EFGH', 60, (task) => (clear = task));
    await settle();
    clear();
    await settle();
    expect(state.text).toBe('');
  });

  it('leaves alone what the user copied since', async () => {
    const { state, clipboard } = asyncClipboard();
    let clear = () => {};
    copySecretForAWhile(clipboard, 'ABCD-EFGH', 60, (task) => (clear = task));
    await settle();
    state.text = 'agenda for Friday';
    clear();
    await settle();
    expect(state.text).toBe('agenda for Friday');
  });
});
