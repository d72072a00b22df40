import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from './slugify.ts';

describe('slugify', () => {
  it('drops accents from Latin letters', () => {
    expect(slugify('Zoë Łukasz — Café Straße')).toBe('zoe-lukasz-cafe-strasse');
  });

  it('keeps other scripts whole, marks included', () => {
    expect(slugify('أخبار اليوم')).toBe('أخبار-اليوم');
    expect(slugify('हिन्दी समाचार')).toBe('हिन्दी-समाचार');
    expect(slugify('ラーメンの店')).toBe('ラーメンの店');
  });

  it('makes slugs that isSlug accepts, and rejects malformed ones', () => {
    for (const text of ['Hello, World!', 'أخبار اليوم', 'ラーメンの店', '2026 Budget: 12% rise']) expect(isSlug(slugify(text)), text).toBe(true);
    for (const bad of ['', 'Upper', 'two--hyphens', '-lead', 'trail-', 'spa ce', 'a/b']) expect(isSlug(bad), bad).toBe(false);
  });
});
