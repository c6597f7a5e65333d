import { describe, expect, it } from 'vitest';
import { canonicalJson } from '#shared/interviews/scorecardFile';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, drops undefined and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ z: 'x', y: null }, 2], c: undefined })).toBe(
      '{"a":[{"y":null,"z":"x"},2],"b":1}',
    );
  });
  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: { q: 1, p: 'é' }, w: true })).toBe(canonicalJson({ w: true, x: { p: 'é', q: 1 } }));
  });
  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ 'k"': 'line\nbreak' })).toBe('{"k\\"":"line\\nbreak"}');
  });
});
