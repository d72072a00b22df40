import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newPrefix, variantKey } from './media-key.ts';
import { createLocalDiskStorage, type MediaStorage } from './media-storage.ts';
import { filesUnder } from './media.test-support.ts';

describe('local disk media storage', () => {
  let parent: string;
  let root: string;
  let storage: MediaStorage;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'dateline-media-'));
    root = join(parent, 'media');
    storage = createLocalDiskStorage(root);
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('stores, reads and deletes a file, leaving no temporary file or empty folder', async () => {
    const key = variantKey(newPrefix(10, 10), 10, 'png');
    await storage.put(key, Buffer.from('pixels'), 'image/png');
    expect(filesUnder(root)).toEqual([key]);
    expect((await storage.get(key))?.toString()).toBe('pixels');
    const opened = await storage.stream(key);
    expect(opened?.size).toBe(6);
    opened?.body.destroy();
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(readdirSync(root)).toEqual([]);
  });

  it('answers null for a missing file and deletes one quietly', async () => {
    const key = variantKey(newPrefix(10, 10), 10, 'png');
    expect(await storage.stream(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it.each(['../escape.png', '../../etc/passwd', 'a/../../x.png', '/etc/passwd', 'x.png\u0000', `${'a'.repeat(300)}.png`])('refuses to write under the key %j', async (key) => {
    await expect(storage.put(key, Buffer.from('x'), 'image/png')).rejects.toThrow();
    expect(await storage.stream(key)).toBeNull();
    expect(filesUnder(parent)).toEqual([]);
  });
});
