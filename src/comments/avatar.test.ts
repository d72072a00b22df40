import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { avatarKey, isAvatarKey, renderAvatarSvg } from './avatar.ts';

const SECRET = 'test-avatar-secret';
const keys = Array.from({ length: 300 }, (_, i) => avatarKey(SECRET, `reader${i}@example.com`));

describe('avatarKey', () => {
  it('gives the same key for an email in any case and surrounding whitespace', () => {
    const key = avatarKey(SECRET, 'Ada@Example.com');
    expect(avatarKey(SECRET, '  ada@EXAMPLE.COM\n')).toBe(key);
    expect(isAvatarKey(key)).toBe(true);
  });

  it('gives different keys for different emails', () => {
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives a different key under a different secret', () => {
    expect(avatarKey('another-secret', 'ada@example.com')).not.toBe(avatarKey(SECRET, 'ada@example.com'));
  });

  it('reveals neither the email nor its plain SHA-256 or MD5', () => {
    const email = 'ada@example.com';
    const key = avatarKey(SECRET, email);
    expect(key).not.toContain('ada');
    for (const algorithm of ['sha256', 'md5']) {
      const plain = createHash(algorithm).update(email).digest('hex');
      expect(key).not.toContain(plain.slice(0, 8));
    }
  });

  it('refuses an empty secret', () => {
    expect(() => avatarKey('', 'ada@example.com')).toThrow(RangeError);
  });
});

describe('isAvatarKey', () => {
  it('accepts 24 lower-case hex characters only', () => {
    expect(isAvatarKey('0123456789abcdef01234567')).toBe(true);
    for (const bad of ['', '0123456789ABCDEF01234567', '0123456789abcdef0123456', '0123456789abcdef012345678', '0123456789abcdef0123456g', '0123456789abcdef0123456\n']) {
      expect(isAvatarKey(bad)).toBe(false);
    }
  });
});

describe('renderAvatarSvg', () => {
  it('draws the same SVG for the same key', () => {
    expect(renderAvatarSvg(keys[0]!)).toBe(renderAvatarSvg(keys[0]!));
  });

  it('draws different SVGs for different keys', () => {
    expect(new Set(keys.map(renderAvatarSvg)).size).toBe(keys.length);
  });

  it('is a small, well-formed, self-contained SVG image', () => {
    for (const key of keys) {
      const svg = renderAvatarSvg(key);
      expect(isWellFormedXml(svg)).toBe(true);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 64 64"[^>]* role="img"/);
      expect(svg).not.toMatch(/<script|\son\w+\s*=|href|url\(|<image|<foreignObject|<style/i);
      expect(svg.length).toBeLessThan(2048);
    }
  });

  it('mirrors the grid left to right', () => {
    for (const key of keys) {
      const cells = new Set([...renderAvatarSvg(key).matchAll(/M(\d+) (\d+)h/g)].map((m) => `${m[1]},${m[2]}`));
      expect(cells.size).toBeGreaterThan(0);
      for (const cell of cells) {
        const [x, y] = cell.split(',').map(Number);
        expect(cells.has(`${64 - x! - 10},${y}`)).toBe(true);
      }
    }
  });

  it('uses a foreground with at least 4.5:1 contrast on its light tile', () => {
    for (const key of keys) {
      const [background, foreground] = [...renderAvatarSvg(key).matchAll(/fill="#([0-9a-f]{6})"/g)].map((m) => m[1]!);
      expect(contrast(foreground!, background!)).toBeGreaterThanOrEqual(4.5);
      expect(luminance(background!)).toBeGreaterThan(0.8);
    }
  });

  it('refuses something that is not an avatar key', () => {
    expect(() => renderAvatarSvg('"><script>alert(1)</script>')).toThrow(RangeError);
  });
});

describe('isWellFormedXml (the checker these tests rely on)', () => {
  it('rejects unbalanced tags, bad attributes and stray markup', () => {
    expect(isWellFormedXml('<svg><g/></svg>')).toBe(true);
    for (const bad of ['<svg><g></svg>', '<svg a=1/>', '<svg a="1" a="2"/>', '<svg>&</svg>', '<svg/><svg/>', '<svg>x<</svg>']) {
      expect(isWellFormedXml(bad)).toBe(false);
    }
  });
});

// xmllint is not installed in this environment, so well-formedness is checked structurally:
// balanced elements, one root, quoted and unique attributes, no stray `<` or bare `&`.
function isWellFormedXml(xml: string): boolean {
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<&]*")*)\s*(\/?)>|[^<&]+|&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const open: string[] = [];
  let roots = 0;
  while (token.lastIndex < xml.length) {
    const m = token.exec(xml);
    if (!m) return false;
    if (m[2] === undefined) {
      if (open.length === 0 && m[0].trim() !== '') return false;
      continue;
    }
    const [, closing, name, attrs = '', selfClosing] = m;
    const attrNames = [...attrs.matchAll(/([\w.:-]+)=/g)].map((a) => a[1]);
    if (new Set(attrNames).size !== attrNames.length) return false;
    if (closing) {
      if (attrs !== '' || selfClosing || open.pop() !== name) return false;
      continue;
    }
    if (open.length === 0 && ++roots > 1) return false;
    if (!selfClosing) open.push(name);
  }
  return open.length === 0 && roots === 1;
}

function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
