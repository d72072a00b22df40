import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { signInRoles } from '../../test/support/sign-in.ts';
import type { Role } from '../accounts/index.ts';

type Listed = { items: { name: string; slug: string }[]; total: number; pageCount: number };

const KINDS = ['sections', 'tags', 'authors'] as const;
// The same names for each kind: autocomplete behaves alike for all three.
const ITEMS = [
  { name: 'Business', slug: 'money' }, { name: 'Busy Streets', slug: 'streets' }, { name: 'Sport', slug: 'sport' },
  { name: '100% Local', slug: 'local' }, { name: 'Under_score', slug: 'under' }, { name: 'Back\\slash', slug: 'back' },
];

describe.each(DIALECTS)('GET /api/admin/sections|tags|authors?q= on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    for (const [role, cookie] of await signInRoles(ctx.app, ctx.services.accounts, ['editor', 'contributor'])) cookies.set(role, cookie);
    for (const kind of KINDS) {
      for (const item of ITEMS) {
        const res = await ctx.app.inject({ method: 'POST', url: `/api/admin/${kind}`, headers: { cookie: cookies.get('editor') as string }, payload: item });
        expect(res.statusCode, res.body).toBe(201);
      }
    }
  });

  const list = async (kind: string, query: string, role: Role = 'editor') => {
    const res = await ctx.app.inject({ url: `/api/admin/${kind}${query}`, headers: { cookie: cookies.get(role) as string } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Listed>();
  };
  const names = async (kind: string, query: string) => (await list(kind, query)).items.map((i) => i.name).sort();

  for (const kind of KINDS) {
    it(`finds ${kind} by part of the name or the slug, in any case`, async () => {
      expect(await names(kind, '?q=bus')).toEqual(['Business', 'Busy Streets']);
      expect(await names(kind, '?q=STREET')).toEqual(['Busy Streets']);
      expect(await names(kind, '?q=mone')).toEqual(['Business']); // the slug only
      expect(await names(kind, '?q=%20spor%20')).toEqual(['Sport']);
      expect(await names(kind, '?q=nothing-like-it')).toEqual([]);
      expect((await list(kind, '?q=')).total).toBe(ITEMS.length);
    });

    it(`counts and pages only the ${kind} that match`, async () => {
      const first = await list(kind, '?q=bus&limit=1');
      const second = await list(kind, '?q=bus&limit=1&page=2');
      expect([first.total, first.pageCount, second.total]).toEqual([2, 2, 2]);
      expect([...first.items, ...second.items].map((i) => i.name).sort()).toEqual(['Business', 'Busy Streets']);
      expect((await list(kind, '?q=s', 'contributor')).total).toBeGreaterThan(0);
    });

    it(`matches %, _ and \\ in ${kind} names literally`, async () => {
      expect(await names(kind, '?q=%25')).toEqual(['100% Local']);
      expect(await names(kind, '?q=_')).toEqual(['Under_score']);
      expect(await names(kind, '?q=%5C')).toEqual(['Back\\slash']);
    });

    it(`answers a bad q for ${kind} with 400 naming it`, async () => {
      for (const query of [`?q=${'x'.repeat(101)}`, `?q=${'x'.repeat(1024)}`, '?q=a%00']) {
        const res = await ctx.app.inject({ url: `/api/admin/${kind}${query}`, headers: { cookie: cookies.get('editor') as string } });
        expect(res.statusCode, query).toBe(400);
        expect(res.json()).toMatchObject({ error: { code: 'REQUEST_INVALID', property: 'q' } });
      }
    });
  }
});
