import { EVENT_ID, getScalarValue, parseEvents, YAMLException, type Event } from 'js-yaml';
import type { ImportProblem } from '#shared/ladders/model';

/**
 * Where each node of a YAML document starts, by path ("levels.2.id" → line 14), so that a
 * problem found after parsing can still name its line. Built from js-yaml's event stream,
 * which carries source offsets; values in a mapping get the line of their key.
 */
export type LineMap = Map<string, number>;

type Frame =
  | { kind: 'doc' | 'seq'; path: string[]; index: number }
  | { kind: 'map'; path: string[]; key: string | null; keyAt: number };

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function startOf(e: Event): number {
  if (e.type === EVENT_ID.SCALAR) return e.valueStart;
  if (e.type === EVENT_ID.SEQUENCE || e.type === EVENT_ID.MAPPING) return e.start;
  if (e.type === EVENT_ID.ALIAS) return e.anchorStart;
  return 0;
}

export function yamlLineMap(text: string, firstLine = 1): LineMap {
  const starts = lineStarts(text);
  const map: LineMap = new Map();
  const stack: Frame[] = [];
  const shift = firstLine - 1;
  let documents = 0;
  for (const e of parseEvents(text, {})) {
    if (e.type === EVENT_ID.DOCUMENT) {
      documents += 1;
      stack.push({ kind: 'doc', path: [], index: 0 });
      continue;
    }
    if (documents > 1) break;
    if (e.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const parent = stack[stack.length - 1];
    if (!parent) continue;
    let path: string[];
    if (parent.kind === 'map' && parent.key === null) {
      // This node is a key.
      parent.key = e.type === EVENT_ID.SCALAR ? getScalarValue(text, e) : '?';
      parent.keyAt = startOf(e);
      if (e.type === EVENT_ID.SEQUENCE || e.type === EVENT_ID.MAPPING) {
        stack.push(
          e.type === EVENT_ID.MAPPING
            ? { kind: 'map', path: [...parent.path, '?'], key: null, keyAt: 0 }
            : { kind: 'seq', path: [...parent.path, '?'], index: 0 },
        );
      }
      continue;
    }
    if (parent.kind === 'map') {
      path = [...parent.path, parent.key!];
      map.set(path.join('.'), lineAt(starts, parent.keyAt) + shift);
      parent.key = null;
    } else if (parent.kind === 'seq') {
      path = [...parent.path, String(parent.index)];
      parent.index += 1;
      map.set(path.join('.'), lineAt(starts, startOf(e)) + shift);
    } else {
      path = [];
      map.set('', lineAt(starts, startOf(e)) + shift);
    }
    if (e.type === EVENT_ID.MAPPING) stack.push({ kind: 'map', path, key: null, keyAt: 0 });
    if (e.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'seq', path, index: 0 });
  }
  return map;
}

/** The line of `path`, or of its nearest ancestor that has one. */
export function lineOf(lines: LineMap, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n -= 1) {
    const line = lines.get(path.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return undefined;
}

/** A YAML syntax error as a problem with its line (js-yaml's mark is zero-based). */
export function yamlSyntaxProblem(error: unknown, firstLine = 1): ImportProblem {
  if (error instanceof YAMLException) {
    return {
      ...(error.mark ? { line: error.mark.line + firstLine } : {}),
      message: `Not valid YAML: ${error.reason || 'the text could not be read'}.`,
    };
  }
  return { message: 'Not valid YAML: the text could not be read.' };
}
