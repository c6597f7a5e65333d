/** Invariant checks that stop with a clear message instead of corrupting data. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`);
}

export function unreachable(value: never, what: string): never {
  throw new Error(`Unreachable: unexpected ${what} ${String(value)}`);
}
