import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, rmdir, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { parseKey } from './media-key.ts';

/**
 * Where image files are kept. Local disk is the default; an S3-compatible store implements the
 * same few calls. Keys are made by the server (see media-key.ts) and every implementation
 * refuses any other key, so an uploaded name can never become a path.
 */
export interface MediaStorage {
  /** Stores `bytes` under `key`, replacing nothing half-written: readers see all or nothing. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  /** A stream of the stored bytes and their length, or null when there is no such file. */
  stream(key: string): Promise<{ body: Readable; size: number } | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

/** Files under `root` (normally `<dataDir>/media`), one folder per image. */
export function createLocalDiskStorage(root: string): MediaStorage {
  const base = resolve(root);

  // Belt and braces: the key grammar already rules out `..`, NUL and separators.
  const pathOf = (key: string): string => {
    if (!parseKey(key)) throw new Error(`not a media key: ${JSON.stringify(key).slice(0, 80)}`);
    const path = resolve(base, key);
    const rel = relative(base, path);
    if (rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(base, rel) !== path) throw new Error('media key escapes the media folder');
    return path;
  };
  const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written beside the target and renamed, so a crash never leaves a truncated image in place.
      const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.part`);
      try {
        await writeFile(temporary, bytes, { flag: 'wx' });
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      const found = await this.stream(key);
      if (!found) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of found.body) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async stream(key) {
      if (!parseKey(key)) return null;
      const path = pathOf(key);
      // Opened now, not when first read: a file deleted in between is still sent whole.
      let handle: FileHandle;
      try {
        handle = await open(path, 'r');
      } catch (error) {
        if (missing(error) || (error as NodeJS.ErrnoException).code === 'EISDIR') return null;
        throw error;
      }
      const info = await handle.stat();
      if (!info.isFile()) {
        await handle.close();
        return null;
      }
      return { body: handle.createReadStream(), size: info.size };
    },
    async delete(key) {
      const path = pathOf(key);
      try {
        await unlink(path);
      } catch (error) {
        if (!missing(error)) throw error;
      }
      // The image's folder goes with its last file.
      await rmdir(dirname(path)).catch(() => undefined);
    },
  };
}
