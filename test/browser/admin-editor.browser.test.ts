import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Role } from '../../src/accounts/index.ts';
import { apiAs, expectAccessible, openAs, origin, services, settle, setUpNewsroom, shot, USER_NAMES, WAIT } from './admin.support.ts';

setUpNewsroom();

interface Editable { slug: string; headline: string; status: string; revision: number; bodyHtml: string }
interface Named { name: string; slug: string }

let section: Named;
let authors: Named[];
let tag: Named;
let counter = 0;

/** A draft written by `role`, so it is theirs to open. */
async function draftBy(role: Role, body = '<p>The harbour board met on Tuesday.</p>'): Promise<Editable> {
  const api = await apiAs(role);
  const res = await api<Editable>('POST', '/articles', { headline: `Ferry timetable change ${++counter}`, body, sectionSlug: section.slug, authorSlugs: [authors[0]?.slug] });
  expect(res.status).toBe(201);
  return res.json;
}

const stored = (slug: string) => services.content.getArticleForEditing(slug);
const bodyBox = (page: Page) => page.getByRole('textbox', { name: 'Body' });
const saveStatus = (page: Page) => page.locator('#save-status').textContent();

/** Puts HTML on a paste event, as the browser does when copying from Word or Google Docs. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', data);
    transfer.setData('text/plain', 'plain text fallback');
    document.querySelector('#body')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, html);
}

/** Opens an article and puts the caret at the end of its body. */
async function openAtEnd(role: Role, slug: string, options: { axe?: boolean; viewport?: 'desktop' | 'phone'; dark?: boolean } = {}) {
  const opened = await openAs(role, `/articles/${slug}`, options);
  await bodyBox(opened.page).click(WAIT);
  await opened.page.keyboard.press('Control+End');
  // Enter acts on the selection the editor knows, which it learns a task after the key moved it.
  await expect.poll(() => opened.page.evaluate(() => {
    const selection = window.getSelection();
    const body = document.querySelector('#body');
    if (!selection?.rangeCount || !body || !selection.isCollapsed) return false;
    const rest = document.createRange();
    rest.setStart(selection.getRangeAt(0).endContainer, selection.getRangeAt(0).endOffset);
    rest.setEnd(body, body.childNodes.length);
    return body.contains(selection.anchorNode) && rest.toString() === '';
  }), WAIT).toBe(true);
  await settle(opened.page);
  return opened;
}

beforeAll(async () => {
  const editor = await apiAs('editor');
  section = (await editor<{ items: Named[] }>('GET', '/sections')).json.items[0] as Named;
  authors = (await editor<{ items: Named[] }>('GET', '/authors')).json.items;
  tag = (await editor<{ items: Named[] }>('GET', '/tags')).json.items[0] as Named;
  expect(authors.length).toBeGreaterThan(1);
});

describe('the newsroom app: writing an article', () => {
  it('lets an author write a new article and stores exactly the markup they made', async () => {
    const { page, context, problems } = await openAs('author', '/articles/new');
    await page.getByRole('textbox', { name: 'Headline' }).fill('Night ferry returns to the harbour', WAIT);
    await page.getByRole('textbox', { name: 'Standfirst' }).fill('The service stopped in March.');
    await bodyBox(page).click();
    await page.keyboard.type('Vote result');
    await page.keyboard.press('Control+Alt+2');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The council ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('approved');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' the plan; read the report');
    for (let i = 0; i < 'the report'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
    // Chromium runs key presses ahead of the queued selectionchange tasks the editor learns its
    // selection from; on a loaded machine Ctrl+K then saw two letters less. A person is slower.
    await settle(page);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('the report');
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: 'Address (URL)' }).fill('example.org/report');
    await page.getByRole('button', { name: 'Apply link' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);
    await page.keyboard.press('End');
    await settle(page);
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('A bridge too far');
    await page.getByRole('button', { name: 'Pull quote' }).click();
    expect(await page.getByRole('button', { name: 'Pull quote' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bullets (list)' }).click();
    await page.keyboard.type('First');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second');

    await page.getByLabel('Section').selectOption(section.slug);
    const second = authors[1] as Named;
    await page.getByRole('combobox', { name: 'Authors' }).fill(second.name.slice(0, 5));
    await page.getByRole('option', { name: second.name }).click(WAIT);
    await page.getByRole('combobox', { name: 'Tags' }).fill(tag.name.slice(0, 4));
    await page.getByRole('option', { name: tag.name, exact: true }).waitFor(WAIT);
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Tags' }).fill('Night ferry');
    await page.getByRole('option', { name: 'Create tag “Night ferry”' }).waitFor(WAIT);
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'SEO title', exact: true }).fill('Night ferry: the new timetable');
    await shot(page, 'editor-written-desktop');

    await page.keyboard.press('Control+s');
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe('/admin/articles/night-ferry-returns-to-the-harbour');
    await expect.poll(() => saveStatus(page), WAIT).toMatch(/^Saved \d\d:\d\d$/);
    const article = await stored('night-ferry-returns-to-the-harbour');
    expect(article.bodyHtml).toBe('<h2>Vote result</h2><p>The council <strong>approved</strong> the plan; read '
      + '<a href="https://example.org/report" rel="noopener noreferrer">the report</a>.</p>'
      + '<blockquote class="pullquote"><p>A bridge too far</p></blockquote><ul><li><p>First</p></li><li><p>Second</p></li></ul>');
    expect(article.standfirst).toBe('The service stopped in March.');
    expect(article.seoTitle).toBe('Night ferry: the new timetable');
    expect(article.status).toBe('draft');
    expect(article.section.slug).toBe(section.slug);
    expect(article.authors.map((a) => a.slug)).toEqual([authors[0]?.slug, second.slug]);
    expect(article.tags.map((t) => t.name).sort()).toEqual([tag.name, 'Night ferry'].sort());
    // The writer carries on where they were: the caret is still in the field they typed in last, after the move to the new address.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('seoTitle');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('saves a draft by itself a moment after typing stops, without publishing it', async () => {
    const article = await draftBy('editor');
    const { page, context, problems } = await openAtEnd('editor', article.slug);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Autosaved words.');
    await expect.poll(() => saveStatus(page), WAIT).toBe('Unsaved changes');
    await expect.poll(async () => (await stored(article.slug)).bodyHtml, WAIT).toContain('<p>Autosaved words.</p>');
    await expect.poll(() => saveStatus(page), WAIT).toMatch(/^Saved \d\d:\d\d$/);
    const saved = await stored(article.slug);
    expect(saved.status).toBe('draft');
    expect(saved.revision).toBe(article.revision + 1);
    // The word count is live: six words of the draft and two typed.
    expect(await page.locator('#body-count').textContent()).toBe('8 words · about 1 minute to read');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps what an import holds that the toolbar does not make, and saves nothing on a mere click', async () => {
    const inline = '<p>H<sub>2</sub>O, E=mc<sup>2</sup>, <abbr title="British Broadcasting Corporation">BBC</abbr>, <q cite="https://example.org/">quoted</q>, <cite>The Ledger</cite>.</p>';
    const article = await draftBy('editor', `${inline}<table><caption>Results</caption><thead><tr><th scope="col">Team</th><th scope="col">Points</th></tr></thead>`
      + '<tbody><tr><td>Rovers</td><td>3</td></tr></tbody></table>');
    const { page, context, problems } = await openAs('editor', `/articles/${article.slug}`);
    await bodyBox(page).click(WAIT);
    // Longer than the autosave pause: the paragraph TipTap adds after a last table is not a change.
    await page.waitForTimeout(4000);
    expect(await saveStatus(page)).toBe('No changes yet.');
    expect((await stored(article.slug)).revision).toBe(article.revision);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Typed.');
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await stored(article.slug)).bodyHtml, WAIT).toBe(`${inline}<table><caption>Results</caption><tbody>`
      + '<tr><th scope="col"><p>Team</p></th><th scope="col"><p>Points</p></th></tr><tr><td><p>Rovers</p></td><td><p>3</p></td></tr></tbody></table><p>Typed.</p>');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps what was typed while the connection is down, offers it after a reload, and saves it once back', async () => {
    const article = await draftBy('editor');
    const { page, context } = await openAtEnd('editor', article.slug);
    page.on('dialog', (dialog) => void dialog.accept());
    const blockSaves = (route: import('playwright-core').Route) => (route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue());
    await page.route('**/api/admin/articles/*', blockSaves);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typed offline.');
    await expect.poll(() => saveStatus(page), WAIT).toMatch(/^Not saved: the connection is down\. Trying again in 5 s/);
    await page.reload();
    await page.getByRole('heading', { name: /^Unsaved changes from / }).waitFor(WAIT);
    expect((await stored(article.slug)).bodyHtml).not.toContain('Typed offline.');
    await page.getByRole('button', { name: 'Restore my changes' }).click();
    await expect.poll(() => bodyBox(page).textContent(), WAIT).toContain('Typed offline.');
    await page.unroute('**/api/admin/articles/*', blockSaves);
    // No click: the autosave retry finds the connection back.
    await expect.poll(async () => (await stored(article.slug)).bodyHtml, { timeout: 30_000 }).toContain('<p>Typed offline.</p>');
    await expect.poll(() => saveStatus(page), WAIT).toMatch(/^Saved \d\d:\d\d$/);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dateline.editor.draft.')))).toEqual([]);
    await context.close();
  });
});

describe('the newsroom app: editing conflicts', () => {
  it('says who saved meanwhile and, on loading their version, keeps the writer’s own aside', async () => {
    const article = await draftBy('editor');
    const { page, context, problems } = await openAtEnd('editor', article.slug, { axe: true });
    const admin = await apiAs('administrator');
    const theirs = await admin<Editable>('PUT', `/articles/${article.slug}`, {
      headline: article.headline, body: '<p>The harbour board met on Tuesday.</p><p>Their paragraph.</p>', sectionSlug: section.slug, authorSlugs: [authors[0]?.slug], baseRevision: article.revision,
    });
    expect(theirs.status).toBe(200);
    await page.keyboard.press('Enter');
    await page.keyboard.type('My paragraph.');
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved this article' });
    await expect.poll(() => conflict.textContent(), WAIT).toContain(`${USER_NAMES.administrator} saved this article`);
    expect(await saveStatus(page)).toBe('Not saved: someone else saved a newer version.');
    await expectAccessible(page);
    await shot(page, 'editor-conflict-desktop');

    await conflict.getByRole('button', { name: 'See their changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Changes saved since your version' });
    await expect.poll(() => dialog.locator('ins').allTextContents(), WAIT).toEqual([expect.stringContaining('Their paragraph.')]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), WAIT).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('See their changes');

    await conflict.getByRole('button', { name: 'Load their version (keep mine aside)' }).click();
    await expect.poll(() => bodyBox(page).textContent(), WAIT).toContain('Their paragraph.');
    expect(await bodyBox(page).textContent()).not.toContain('My paragraph.');
    await page.getByRole('button', { name: 'Show my version' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Your version, kept aside' }).textContent(), WAIT).toContain('My paragraph.');
    const aside = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('dateline.editor.aside.'))?.[1] ?? '');
    expect(aside).toContain('My paragraph.');
    expect((await stored(article.slug)).bodyHtml).toContain('Their paragraph.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('saves the writer’s version over theirs when asked, and the conflict message passes axe on a dark phone', async () => {
    const article = await draftBy('editor');
    const { page, context } = await openAtEnd('editor', article.slug, { axe: true, viewport: 'phone', dark: true });
    const admin = await apiAs('administrator');
    await admin('PUT', `/articles/${article.slug}`, { headline: 'Their headline', sectionSlug: section.slug, authorSlugs: [authors[0]?.slug], baseRevision: article.revision });
    await page.keyboard.type(' Mine wins.');
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved this article' });
    await conflict.waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, 'editor-conflict-phone');
    await conflict.getByRole('button', { name: 'Overwrite with my version' }).click();
    await expect.poll(async () => (await stored(article.slug)).bodyHtml, WAIT).toContain('Mine wins.');
    const saved = await stored(article.slug);
    expect(saved.headline).toBe(article.headline);
    expect(saved.revision).toBe(article.revision + 2);
    await context.close();
  });
});

// What Word 365 puts on the clipboard (trimmed): list paragraphs with mso-list styles, conditional comments, o:p.
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h1><span lang=EN-GB style='font-family:"Calibri Light",sans-serif;color:#2F5496'>Budget agreed<o:p></o:p></span></h1>
<p class=MsoNormal><span lang=EN-GB>The <b>council</b> met on <i style='mso-bidi-font-style:normal'>Tuesday</i>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>Roads<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>Schools<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>Primary<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-GB style='color:#C00000;font-family:"Comic Sans MS"'>Read the <a href="https://example.org/budget">full budget</a>.</span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=EN-GB><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>First<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=EN-GB><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>Second<o:p></o:p></span></p>
<!--EndFragment-->
</body></html>`;

const SPAN = 'font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;';
// What Google Docs puts on the clipboard: one <b style="font-weight:normal"> around everything, meaning in span styles.
const GOOGLE_DOCS_HTML = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5d3c8a1e-7fff-1a2b-3c4d-5e6f7a8b9c0d">`
  + `<h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="${SPAN}font-weight:400;font-style:normal;">Council votes</span></h1>`
  + `<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="${SPAN}font-weight:400;font-style:normal;">Plain then </span>`
  + `<span style="${SPAN}font-weight:700;font-style:normal;">bold</span><span style="${SPAN}font-weight:400;font-style:normal;">, </span>`
  + `<span style="${SPAN}font-weight:400;font-style:italic;">italic</span><span style="${SPAN}font-weight:400;font-style:normal;">, a </span>`
  + `<a href="https://www.google.com/url?q=https://example.org/report&amp;sa=D&amp;source=editors" style="text-decoration:none;"><span style="${SPAN}color:#1155cc;font-weight:400;text-decoration:underline;">link</span></a>`
  + `<span style="${SPAN}font-weight:400;">.</span></p><br><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="${SPAN}"></span></p>`
  + `<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;${SPAN}font-weight:400;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="${SPAN}font-weight:400;">One</span></p></li>`
  + `<li dir="ltr" style="list-style-type:disc;${SPAN}font-weight:400;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="${SPAN}font-weight:400;">Two</span></p></li></ul></b><br class="Apple-interchange-newline">`;

describe('the newsroom app: pasting from word processors', () => {
  it('cleans a paste from Word to the body markup, keeping headings, bold, italic, links and lists', async () => {
    const article = await draftBy('author');
    const { page, context, problems } = await openAtEnd('author', article.slug);
    await page.keyboard.press('Control+a');
    await pasteHtml(page, WORD_HTML);
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await stored(article.slug)).bodyHtml, WAIT).toBe('<h2>Budget agreed</h2><p>The <strong>council</strong> met on <em>Tuesday</em>.</p>'
      + '<ul><li><p>Roads</p></li><li><p>Schools</p><ul><li><p>Primary</p></li></ul></li></ul>'
      + '<p>Read the <a href="https://example.org/budget" rel="noopener noreferrer">full budget</a>.</p><ol><li><p>First</p></li><li><p>Second</p></li></ol>');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('cleans a paste from Google Docs without making it all bold', async () => {
    const article = await draftBy('author');
    const { page, context, problems } = await openAtEnd('author', article.slug);
    await page.keyboard.press('Control+a');
    await pasteHtml(page, GOOGLE_DOCS_HTML);
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await stored(article.slug)).bodyHtml, WAIT).toBe('<h2>Council votes</h2>'
      + '<p>Plain then <strong>bold</strong>, <em>italic</em>, a <a href="https://example.org/report" rel="noopener noreferrer">link</a>.</p>'
      + '<ul><li><p>One</p></li><li><p>Two</p></li></ul>');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the newsroom app: pasting from web pages', () => {
  it('keeps the lines of a page laid out with <div>s apart and drops what the body cannot hold', async () => {
    const article = await draftBy('author');
    const { page, context, problems } = await openAtEnd('author', article.slug);
    await page.keyboard.press('Control+a');
    await pasteHtml(page, '<div class="post"><div style="font-weight:bold;color:red">Ferry back on Monday</div><div>Tickets from <a href="https://example.org/tickets" target="_blank" onclick="track()">the port office</a>.</div>'
      + '<img src="https://tracker.example.net/pixel.gif"><script>alert(1)</script><div><br></div></div>');
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await stored(article.slug)).bodyHtml, WAIT).toBe('<p><strong>Ferry back on Monday</strong></p>'
      + '<p>Tickets from <a href="https://example.org/tickets" rel="noopener noreferrer">the port office</a>.</p>');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the newsroom app: editor keyboard and accessibility', () => {
  it('lists its keyboard shortcuts on "?" and from a button, and gives focus back on closing', async () => {
    const article = await draftBy('editor');
    const { page, context, problems } = await openAs('editor', `/articles/${article.slug}`, { axe: true });
    await bodyBox(page).waitFor(WAIT);
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor(WAIT);
    expect(await dialog.getByRole('row').filter({ hasText: 'Save' }).first().textContent()).toContain('Ctrl+S');
    await expectAccessible(page);
    await shot(page, 'editor-shortcuts-desktop');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), WAIT).toBe(0);
    // "?" typed in the body is a question mark, not a request for help.
    await bodyBox(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Why?');
    expect(await dialog.count()).toBe(0);
    expect(await bodyBox(page).textContent()).toContain('Why?');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Keyboard shortcuts');
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([['desktop', false], ['phone', true]] as const)('has no accessibility violations, empty and filled (%s, dark: %s)', async (viewport, dark) => {
    const article = await draftBy('editor', '<h2>Subhead</h2><p>Some <strong>bold</strong> and a <a href="https://example.org/">link</a>.</p>'
      + '<blockquote class="pullquote"><p>Quoted.</p></blockquote><ul><li><p>One</p></li></ul><hr>');
    const empty = await openAs('editor', '/articles/new', { axe: true, viewport, dark });
    await bodyBox(empty.page).waitFor(WAIT);
    await expectAccessible(empty.page);
    await shot(empty.page, `editor-new-${viewport}`);
    await empty.context.close();
    const filled = await openAs('editor', `/articles/${article.slug}`, { axe: true, viewport, dark });
    await bodyBox(filled.page).waitFor(WAIT);
    if (viewport === 'phone') {
      // Settings start folded on a phone; open them to check (and see) them too.
      await filled.page.getByRole('button', { name: 'Article settings' }).click();
    }
    await filled.page.getByRole('combobox', { name: 'Tags' }).waitFor(WAIT);
    await expectAccessible(filled.page);
    await shot(filled.page, `editor-filled-${viewport}`);
    await filled.context.close();
  }, 120_000);
});
