import { describe, expect, it } from 'vitest';
import { adminBundleSizes } from '../bin/admin-size.js';

// Sizes, not timings: the same build gives the same bytes on any machine.
describe('the newsroom web app build', () => {
  it('keeps the list screens under 150 KB and the editor under 300 KB of compressed first load', () => {
    const { list, editor } = adminBundleSizes();
    expect(list.files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(editor.files.length).toBeGreaterThan(list.files.length);
    expect(list.gzip).toBeLessThan(150 * 1024);
    expect(editor.gzip).toBeLessThan(300 * 1024);
  });
});
