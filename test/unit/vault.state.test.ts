import { describe, expect, it } from 'vitest';
import { decide, type VaultFacts } from '#electron/vault/state';
import { decodeRecoveryKey, encodeRecoveryKey } from '#electron/vault/recoveryKey';
import { unwrapWithPassphrase, wrapWithPassphrase } from '#electron/vault/passphraseWrap';

const key = 'a1'.repeat(32);

describe('vault state machine', () => {
  const cases: [VaultFacts, ReturnType<typeof decide>][] = [
    [
      { dataFile: 'missing', keyFile: 'missing', osKeyStore: 'available' },
      { kind: 'create', protection: 'os' },
    ],
    [
      { dataFile: 'missing', keyFile: 'missing', osKeyStore: 'unavailable' },
      { kind: 'create', protection: 'passphrase' },
    ],
    [
      { dataFile: 'missing', keyFile: 'os', osKeyStore: 'available', osUnseal: 'ok' },
      { kind: 'create', protection: 'os' },
    ],
    [
      { dataFile: 'plain', keyFile: 'missing', osKeyStore: 'available' },
      { kind: 'encrypt-existing', protection: 'os' },
    ],
    [
      { dataFile: 'plain', keyFile: 'missing', osKeyStore: 'unavailable' },
      { kind: 'encrypt-existing', protection: 'passphrase' },
    ],
    [{ dataFile: 'encrypted', keyFile: 'os', osKeyStore: 'available', osUnseal: 'ok' }, { kind: 'open' }],
    [
      { dataFile: 'encrypted', keyFile: 'os', osKeyStore: 'available', osUnseal: 'failed' },
      { kind: 'ask-recovery-key', reason: 'key-store-changed' },
    ],
    [
      { dataFile: 'encrypted', keyFile: 'os', osKeyStore: 'unavailable' },
      { kind: 'ask-recovery-key', reason: 'key-store-changed' },
    ],
    [{ dataFile: 'encrypted', keyFile: 'passphrase', osKeyStore: 'available' }, { kind: 'ask-passphrase' }],
    [{ dataFile: 'encrypted', keyFile: 'passphrase', osKeyStore: 'unavailable' }, { kind: 'ask-passphrase' }],
    [
      { dataFile: 'encrypted', keyFile: 'missing', osKeyStore: 'available' },
      { kind: 'ask-recovery-key', reason: 'key-file-missing' },
    ],
  ];
  it.each(cases)('%j -> %j', (facts, decision) => {
    expect(decide(facts)).toEqual(decision);
  });
});

describe('recovery key', () => {
  it('round-trips, in 14 groups of four, ignoring case, spaces and dashes', () => {
    const text = encodeRecoveryKey(key);
    expect(text).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{3}$/);
    expect(decodeRecoveryKey(text)).toEqual({ ok: true, key });
    expect(decodeRecoveryKey(` ${text.toLowerCase().replaceAll('-', ' ')} `)).toEqual({ ok: true, key });
  });
  it('tells a typo from a malformed key', () => {
    const text = encodeRecoveryKey(key);
    const typo = `${text[0] === 'A' ? 'B' : 'A'}${text.slice(1)}`;
    expect(decodeRecoveryKey(typo)).toEqual({ ok: false, reason: 'typo' });
    expect(decodeRecoveryKey('not a key')).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeRecoveryKey(text.replace(/[A-Z]/, '1'))).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('passphrase wrapping', () => {
  it('unwraps with the right passphrase only', () => {
    const wrapped = wrapWithPassphrase(key, 'correct horse battery');
    expect(unwrapWithPassphrase(wrapped, 'correct horse battery')).toBe(key);
    expect(unwrapWithPassphrase(wrapped, 'correct horse battery ')).toBeNull();
    expect(
      unwrapWithPassphrase(
        { ...wrapped, data: Buffer.from('x'.repeat(32)).toString('base64') },
        'correct horse battery',
      ),
    ).toBeNull();
  });
});
