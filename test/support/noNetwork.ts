import net from 'node:net';
import { afterAll } from 'vitest';

/**
 * Node-side tests run the real handlers; any attempt to open a socket or fetch from them is
 * recorded and fails the file, so main-process code cannot start talking to the network
 * unnoticed. (The end-to-end fixture does the same for the window.)
 */
const attempts: string[] = [];
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
  const [first] = args;
  const target = typeof first === 'object' && first !== null && 'path' in first ? null : JSON.stringify(first);
  // Local IPC sockets (vitest's own workers, child process pipes) are not network traffic.
  if (target !== null) attempts.push(target);
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: Parameters<typeof fetch>[0]) => {
  attempts.push(String(input));
  throw new Error('Network access attempted during a test');
}) as typeof fetch;

afterAll(() => {
  net.Socket.prototype.connect = connect;
  globalThis.fetch = realFetch;
  if (attempts.length > 0) throw new Error(`Network access attempted: ${attempts.join(', ')}`);
});
