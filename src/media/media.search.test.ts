import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { signInRoles } from '../../test/support/sign-in.ts';
import type { Role } from '../accounts/index.ts';
import { makeImage, multipartBody } from './media.test-support.ts';

type Listed = { items: { id: number; alt: string }[]; total: number; pageCount: number };

// Each image is told apart by its alt text; the other fields carry what the searches look for.
const IMAGES = [
  { alt: 'Harbour at dawn', caption: '', credit: '', file: 'boats.png' },
  { alt: 'Ferry', caption: 'The ferry leaves the HARBOUR', credit: 'Ana Ruiz', file: 'ferry.png' },
  { alt: 'Market', caption: '', credit: 'Press 100% Agency', file: 'stall_photo.png' },
  { alt: 'Back\\slash', caption: 'Fans', credit: 'Desk', file: 'crowd.png' },
];

describe.each(DIALECTS)('GET /api/admin/media?q= on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    for (const [role, cookie] of await signInRoles(ctx.app, ctx.services.accounts, ['editor', 'contributor'])) cookies.set(role, cookie);
    const data = await makeImage(40, 30);
    for (const image of IMAGES) {
      const body = multipartBody([
        { name: 'alt', value: image.alt }, { name: 'caption', value: image.caption }, { name: 'credit', value: image.credit },
        { name: 'file', filename: image.file, data },
      ]);
      const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/media', payload: body.payload, headers: { ...body.headers, cookie: cookies.get('editor') as string } });
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  const search = (query: string, role: Role = 'editor') => ctx.app.inject({ url: `/api/admin/media${query}`, headers: { cookie: cookies.get(role) as string } });
  const alts = async (query: string) => {
    const res = await search(query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Listed>().items.map((i) => i.alt).sort();
  };

  it('finds images by alt text, caption, credit or file name, in any case', async () => {
    expect(await alts('?q=harbour')).toEqual(['Ferry', 'Harbour at dawn']);
    expect(await alts('?q=RUIZ')).toEqual(['Ferry']);
    expect(await alts('?q=stall')).toEqual(['Market']);
    expect(await alts('?q=%20fans%20')).toEqual(['Back\\slash']);
    expect(await alts('?q=nowhere')).toEqual([]);
    expect(await alts('?q=')).toHaveLength(IMAGES.length);
  });

  it('counts and pages only the images that match', async () => {
    const first = (await search('?q=harbour&limit=1')).json<Listed>();
    const second = (await search('?q=harbour&limit=1&page=2')).json<Listed>();
    expect([first.total, first.pageCount, second.total]).toEqual([2, 2, 2]);
    expect([...first.items, ...second.items].map((i) => i.alt).sort()).toEqual(['Ferry', 'Harbour at dawn']);
  });

  it('matches %, _ and \\ literally', async () => {
    expect(await alts('?q=%25')).toEqual(['Market']);
    expect(await alts('?q=_')).toEqual(['Market']);
    expect(await alts('?q=%5C')).toEqual(['Back\\slash']);
  });

  it('answers a bad q with 400 naming it, and a contributor with 403 as before', async () => {
    for (const query of [`?q=${'x'.repeat(1024)}`, '?q=a%00b']) {
      const res = await search(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'REQUEST_INVALID', property: 'q' } });
    }
    expect((await search('?q=harbour', 'contributor')).statusCode).toBe(403);
  });
});
