/**
 * One logger per module. Log lines carry ids, channel names, counts and timings only:
 * never note text, names or payloads, because logs end up in bug reports.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogSink = (level: LogLevel, module: string, message: string) => void;

/** Writes to stderr; debug lines only with CAIRN_DEBUG set, info lines not under test. */
export const defaultLogSink: LogSink = (level, module, message) => {
  if (level === 'debug' && !process.env.CAIRN_DEBUG) return;
  if (level === 'info' && process.env.VITEST && !process.env.CAIRN_DEBUG) return;
  process.stderr.write(`${new Date().toISOString()} ${level} [${module}] ${message}\n`);
};

let sink: LogSink = defaultLogSink;

/** Tests route log lines to an array to check what would have been written. */
export function setLogSink(next: LogSink): void {
  sink = next;
}

export function createLogger(module: string) {
  return {
    debug: (message: string) => sink('debug', module, message),
    info: (message: string) => sink('info', module, message),
    warn: (message: string) => sink('warn', module, message),
    error: (message: string) => sink('error', module, message),
  };
}
