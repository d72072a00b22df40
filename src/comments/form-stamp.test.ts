import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FORM_STAMP_MAX_SKEW_MS, formStampAge, issueFormStamp } from './form-stamp.ts';

const SECRET = 'form-stamp-test-secret';
const ISSUED_AT = Date.UTC(2026, 2, 14, 9, 30);

const signedBy = (secret: string, time: string) => `${time}.${createHmac('sha256', secret).update(time).digest('base64url').slice(0, 22)}`;

describe('issueFormStamp', () => {
  it('writes the time in base 36 and the first 22 characters of its base64url HMAC-SHA256', () => {
    const stamp = issueFormStamp(SECRET, ISSUED_AT);
    expect(stamp).toBe(signedBy(SECRET, ISSUED_AT.toString(36)));
    expect(stamp).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{22}$/);
  });

  it('refuses an empty secret and times that are not non-negative safe integers', () => {
    expect(() => issueFormStamp('', ISSUED_AT)).toThrow(RangeError);
    for (const time of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2])
      expect(() => issueFormStamp(SECRET, time), String(time)).toThrow(RangeError);
  });
});

describe('formStampAge', () => {
  it('returns how long ago its own stamp was issued', () => {
    const stamp = issueFormStamp(SECRET, ISSUED_AT);
    expect(formStampAge(SECRET, stamp, ISSUED_AT)).toBe(0);
    expect(formStampAge(SECRET, stamp, ISSUED_AT + 4_321)).toBe(4_321);
    expect(formStampAge(SECRET, stamp, ISSUED_AT + 30 * 86_400_000)).toBe(30 * 86_400_000);
    expect(formStampAge(SECRET, issueFormStamp(SECRET, 0), 1_000)).toBe(1_000);
  });

  it('rejects a stamp signed with another secret', () => {
    expect(formStampAge(SECRET, issueFormStamp('another-secret', ISSUED_AT), ISSUED_AT + 10_000)).toBeNull();
    expect(formStampAge('', issueFormStamp(SECRET, ISSUED_AT), ISSUED_AT + 10_000)).toBeNull();
  });

  it('rejects a stamp whose time or signature was changed', () => {
    const stamp = issueFormStamp(SECRET, ISSUED_AT);
    const [time = '', signature = ''] = stamp.split('.');
    const earlier = (ISSUED_AT - 60_000).toString(36);
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    for (const tampered of [`${earlier}.${signature}`, `${time}.${flipped}`, `${time}.${signature.toUpperCase()}`, `${time}.${signature.slice(1)}x`])
      expect(formStampAge(SECRET, tampered, ISSUED_AT + 10_000), tampered).toBeNull();
  });

  it('rejects a correctly signed time that is not written the way stamps are issued', () => {
    const time = ISSUED_AT.toString(36);
    expect(formStampAge(SECRET, signedBy(SECRET, `0${time}`), ISSUED_AT + 10_000)).toBeNull();
    expect(formStampAge(SECRET, signedBy(SECRET, 'zzzzzzzzzzz'), ISSUED_AT + 10_000)).toBeNull();
  });

  it('accepts a stamp up to a minute in the future as 0 ms old, and rejects one further ahead', () => {
    const stamp = issueFormStamp(SECRET, ISSUED_AT);
    expect(formStampAge(SECRET, stamp, ISSUED_AT - 1)).toBe(0);
    expect(formStampAge(SECRET, stamp, ISSUED_AT - FORM_STAMP_MAX_SKEW_MS)).toBe(0);
    expect(formStampAge(SECRET, stamp, ISSUED_AT - FORM_STAMP_MAX_SKEW_MS - 1)).toBeNull();
    expect(formStampAge(SECRET, issueFormStamp(SECRET, ISSUED_AT + 3_600_000), ISSUED_AT)).toBeNull();
  });

  it('returns null, without throwing, for anything that is not a stamp', () => {
    const stamp = issueFormStamp(SECRET, ISSUED_AT);
    const garbage: unknown[] = [
      undefined, null, '', '.', ' ', 0, ISSUED_AT, Number.NaN, true, {}, [], [stamp], { stamp }, Symbol('stamp'), 10n,
      () => stamp, new String(stamp), ` ${stamp}`, `${stamp} `, `${stamp}\n`, `${stamp}.x`, stamp.replace('.', ''),
      stamp.replace('.', '..'), `-${stamp}`, stamp.toUpperCase(), 'x'.repeat(1_000_000), `${'1'.repeat(1_000_000)}.${stamp.split('.')[1]}`,
      '\u0000'.repeat(34), '😀'.repeat(17), '%00.%00',
    ];
    for (const value of garbage) expect(formStampAge(SECRET, value, ISSUED_AT + 10_000)).toBeNull();
  });

  it('returns null, without throwing, when the clock reading or secret is unusable', () => {
    const stamp = issueFormStamp(SECRET, ISSUED_AT);
    for (const now of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(formStampAge(SECRET, stamp, now)).toBeNull();
    expect(formStampAge(undefined as unknown as string, stamp, ISSUED_AT)).toBeNull();
  });
});
