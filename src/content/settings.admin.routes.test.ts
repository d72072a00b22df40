import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { signInRoles } from '../../test/support/sign-in.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';
import type { Role } from '../accounts/index.ts';

const ROLES: Role[] = ['administrator', 'editor', 'author', 'contributor', 'moderator'];
const SETTINGS = { title: 'The Harbour Herald', description: 'News from the quay.', language: 'en-GB' };

describe.each(DIALECTS)('Admin API site settings on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    for (const [role, cookie] of await signInRoles(ctx.app, ctx.services.accounts, ROLES)) cookies.set(role, cookie);
  });

  const put = (role: Role | null, payload: unknown) => ctx.app.inject({
    method: 'PUT', url: '/api/admin/settings', payload: payload as object, headers: role ? { cookie: cookies.get(role) as string } : {},
  });

  it('lets only administrators read and change the settings', async () => {
    for (const role of ROLES) {
      const res = await ctx.app.inject({ url: '/api/admin/settings', headers: { cookie: cookies.get(role) as string } });
      expect(res.statusCode, role).toBe(role === 'administrator' ? 200 : 403);
      expect((await put(role, SETTINGS)).statusCode, role).toBe(role === 'administrator' ? 200 : 403);
    }
    expect((await ctx.app.inject('/api/admin/settings')).statusCode).toBe(401);
    expect((await put(null, SETTINGS)).statusCode).toBe(401);
  });

  it('shows new settings on every cached page at once', async () => {
    const article = await buildArticle(ctx.services.writer);
    const pages = ['/', `/${article.sectionSlug}/`, `/${article.sectionSlug}/${article.slug}/`];
    await put('administrator', { title: 'Before Title', description: '', language: 'en' });
    for (const url of pages) expect((await ctx.app.inject(url)).body, url).toContain('Before Title');

    const res = await put('administrator', { title: '  After Title ', description: 'Right to left.', language: 'ar' });
    expect(res.json()).toEqual({ title: 'After Title', description: 'Right to left.', language: 'ar', timeZone: 'UTC', feedContent: 'full', smtpConfigured: false });

    for (const url of pages) {
      const html = (await ctx.app.inject(url)).body;
      expect(html, url).toContain('After Title');
      expect(html, url).toContain('dir="rtl"');
    }
    const read = await ctx.app.inject({ url: '/api/admin/settings', headers: { cookie: cookies.get('administrator') as string } });
    expect(read.json()).toEqual({ title: 'After Title', description: 'Right to left.', language: 'ar', timeZone: 'UTC', feedContent: 'full', smtpConfigured: false });
  });

  it('answers malformed settings with 400 naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ ...SETTINGS, title: '' }, 'title'],
      [{ ...SETTINGS, title: '   ' }, 'title'],
      [{ ...SETTINGS, title: 't'.repeat(201) }, 'title'],
      [{ ...SETTINGS, language: 'english please' }, 'language'],
      [{ ...SETTINGS, language: 42 }, 'language'],
      [{ title: 'T', language: 'en' }, 'description'],
      [{ ...SETTINGS, theme: 'dark' }, 'theme'],
      [{ ...SETTINGS, timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ ...SETTINGS, timeZone: 'Europe/Atlantis' }, 'timeZone'],
      [{ ...SETTINGS, timeZone: '' }, 'timeZone'],
      [{ ...SETTINGS, timeZone: ' UTC' }, 'timeZone'],
      [{ ...SETTINGS, timeZone: '+05:00' }, 'timeZone'],
      [{ ...SETTINGS, timeZone: 'Europe/London\u0000' }, 'timeZone'],
      [{ ...SETTINGS, timeZone: `Europe/${'x'.repeat(100)}` }, 'timeZone'],
      [{ ...SETTINGS, timeZone: null }, 'timeZone'],
      [{ ...SETTINGS, timeZone: 0 }, 'timeZone'],
    ];
    for (const [payload, property] of cases) {
      const res = await put('administrator', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.property).toBe(property);
    }
  });

  describe('time zone', () => {
    const read = async () => (await ctx.app.inject({ url: '/api/admin/settings', headers: { cookie: cookies.get('administrator') as string } })).json();

    it('is UTC until set, keeps what is set, and stays when a save leaves it out', async () => {
      expect((await put('administrator', SETTINGS)).json()).toMatchObject({ timeZone: 'UTC' });
      const set = await put('administrator', { ...SETTINGS, timeZone: 'Europe/London' });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json()).toEqual({ ...SETTINGS, timeZone: 'Europe/London', feedContent: 'full', smtpConfigured: false });
      expect(await read()).toEqual({ ...SETTINGS, timeZone: 'Europe/London', feedContent: 'full', smtpConfigured: false });

      // A client written before the field existed sends the other three only.
      expect((await put('administrator', { ...SETTINGS, title: 'Older Client' })).json()).toMatchObject({ title: 'Older Client', timeZone: 'Europe/London' });
      for (const zone of ['America/Argentina/Buenos_Aires', 'Etc/GMT-14', 'America/Port-au-Prince', 'Asia/Kolkata', 'UTC']) {
        const res = await put('administrator', { ...SETTINGS, timeZone: zone });
        expect(res.statusCode, `${zone}: ${res.body}`).toBe(200);
        expect((await read()).timeZone).toBe(zone);
      }
    });

    it('refuses an unknown zone and keeps the stored one', async () => {
      await put('administrator', { ...SETTINGS, timeZone: 'Asia/Tokyo' });
      const res = await put('administrator', { ...SETTINGS, title: 'Not Saved', timeZone: 'Asia/Atlantis' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'CONTENT_INVALID_INPUT', property: 'timeZone' } });
      expect(await read()).toEqual({ ...SETTINGS, timeZone: 'Asia/Tokyo', feedContent: 'full', smtpConfigured: false });
    });

    it('is in the Admin API document', async () => {
      const doc = (await ctx.app.inject('/api/admin/openapi.json')).json();
      const body = doc.paths['/api/admin/settings'].put.requestBody.content['application/json'].schema;
      expect(body.properties.timeZone).toMatchObject({ type: 'string' });
      expect(body.required).not.toContain('timeZone');
      expect(doc.paths['/api/admin/settings'].get.responses['200'].content['application/json'].schema.required).toContain('timeZone');
    });
  });

  describe('mail server status', () => {
    const SMTP_URL = 'smtps://newsroom:pa55-Secret@mail.example.org:465';
    const mailing = useTestApp(dialect, { smtpUrl: SMTP_URL });
    let admin = '';
    beforeAll(async () => { admin = (await signInRoles(mailing.app, mailing.services.accounts, ['administrator'])).get('administrator') as string; });

    it('says whether DATELINE_SMTP_URL is set, never what it is', async () => {
      const read = await mailing.app.inject({ url: '/api/admin/settings', headers: { cookie: admin } });
      expect(read.json()).toMatchObject({ smtpConfigured: true });
      const saved = await mailing.app.inject({ method: 'PUT', url: '/api/admin/settings', payload: SETTINGS, headers: { cookie: admin } });
      expect(saved.json()).toMatchObject({ ...SETTINGS, smtpConfigured: true });
      for (const body of [read.body, saved.body]) for (const secret of ['pa55-Secret', 'newsroom:', 'mail.example.org']) expect(body).not.toContain(secret);
      const unset = await ctx.app.inject({ url: '/api/admin/settings', headers: { cookie: cookies.get('administrator') as string } });
      expect(unset.json()).toMatchObject({ smtpConfigured: false });
    });

    it('is read-only: a client may send back what it read, and the answer is unchanged', async () => {
      const res = await mailing.app.inject({ method: 'PUT', url: '/api/admin/settings', payload: { ...SETTINGS, smtpConfigured: false }, headers: { cookie: admin } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ smtpConfigured: true });
      const wrong = await mailing.app.inject({ method: 'PUT', url: '/api/admin/settings', payload: { ...SETTINGS, smtpConfigured: 'yes' }, headers: { cookie: admin } });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ error: { property: 'smtpConfigured' } });
    });
  });
});
