import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { CommentText, commentExcerpt } from './comment-text.tsx';

const render = (text: string) => renderToString(<CommentText text={text} />);
const REL = 'rel="nofollow ugc noopener"';

describe('CommentText', () => {
  it('renders a script tag as text', () => {
    const html = render('<script>alert(1)</script>');
    expect(html).not.toContain('<script');
    expect(html).toBe('<p>&lt;script>alert(1)&lt;/script></p>');
  });

  it('renders an attribute break-out as text', () => {
    const html = render('"><img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
    expect(html).toBe('<p>&quot;>&lt;img src=x onerror=alert(1)></p>');
  });

  it('splits paragraphs on blank lines and turns single newlines into line breaks', () => {
    expect(render('one\ntwo\n\nthree')).toBe('<p>one<br/>two</p><p>three</p>');
  });

  it('treats several blank or whitespace-only lines as one paragraph break', () => {
    expect(render('one\n\n  \n\t\n\ntwo')).toBe('<p>one</p><p>two</p>');
  });

  it('drops leading and trailing blank lines', () => {
    expect(render('\n \n\nonly\n\n \n')).toBe('<p>only</p>');
  });

  it('treats CRLF and CR as line feeds', () => {
    expect(render('a\r\nb\r\n\r\nc\rd\r\re')).toBe('<p>a<br/>b</p><p>c<br/>d</p><p>e</p>');
  });

  it('renders nothing for an empty or whitespace-only text', () => {
    expect(render('')).toBe('');
    expect(render(' \n\t\n ')).toBe('');
  });

  it('links http and https URLs with the user-generated-content rel', () => {
    const html = render('see https://example.com/a?b=1&c=2 and http://example.org.');
    expect(html).toBe(
      `<p>see <a href="https://example.com/a?b=1&amp;c=2" ${REL}>https://example.com/a?b=1&amp;c=2</a>`
      + ` and <a href="http://example.org" ${REL}>http://example.org</a>.</p>`,
    );
  });

  it('links a bare www host with an http href and keeps the typed text', () => {
    expect(render('at WWW.Example.com/x today')).toBe(
      `<p>at <a href="http://WWW.Example.com/x" ${REL}>WWW.Example.com/x</a> today</p>`,
    );
  });

  it('leaves bare hosts without www as text', () => {
    expect(render('example.com')).toBe('<p>example.com</p>');
  });

  it('keeps javascript:, data: and mailto: URLs as text', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'mailto:ed@example.com', '//evil.example/x', 'ftp://files.example.com/x']) {
      expect(render(`go ${url}`)).not.toContain('<a');
    }
  });

  it('does not link an email address', () => {
    expect(render('write to ed@example.com or ed@www.example.com')).toBe(
      '<p>write to ed@example.com or ed@www.example.com</p>',
    );
  });

  it('ends a link at a quote so the href cannot be broken out of', () => {
    const html = render('http://example.com/"><img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
    expect(html).toBe(`<p><a href="http://example.com/" ${REL}>http://example.com/</a>&quot;>&lt;img src=x onerror=alert(1)></p>`);
  });

  it('keeps Arabic and emoji text as typed', () => {
    const text = 'مرحبا بالعالم 👋🏽 👨‍👩‍👧 https://مثال.إختبار/مسار';
    expect(render(text)).toBe(
      `<p>مرحبا بالعالم 👋🏽 👨‍👩‍👧 <a href="https://مثال.إختبار/مسار" ${REL}>https://مثال.إختبار/مسار</a></p>`,
    );
  });

  it('renders a 65,525-character comment full of URLs', () => {
    const unit = 'see https://example.com/page?id=12345 and www.example.org/x\n';
    const long = unit.repeat(Math.ceil(65_525 / unit.length)).slice(0, 65_525);
    const html = render(long);
    expect(html.match(/<a /g)?.length).toBeGreaterThan(2000);
    expect(html.startsWith('<p>see <a href="https://example.com/page?id=12345"')).toBe(true);
  });
});

describe('commentExcerpt', () => {
  it('collapses whitespace to a single line', () => {
    expect(commentExcerpt('  first line\r\n\n\tsecond   line  ')).toBe('first line second line');
  });

  it('removes terminal control characters', () => {
    expect(commentExcerpt('red\u001b[31m alert\u0007 here')).toBe('red [31m alert here');
  });

  it('cuts a long text at a word boundary and adds an ellipsis', () => {
    const excerpt = commentExcerpt('The council met on Tuesday to discuss the new bridge', 30);
    expect(excerpt).toBe('The council met on Tuesday to…');
    expect(excerpt.length).toBeLessThanOrEqual(30);
  });

  it('leaves a text of exactly max characters alone', () => {
    expect(commentExcerpt('x'.repeat(80))).toBe('x'.repeat(80));
  });

  it('cuts one very long word between characters', () => {
    expect(commentExcerpt(`see ${'a'.repeat(200)}`, 20)).toBe(`see ${'a'.repeat(15)}…`);
  });

  it('never splits an emoji', () => {
    const excerpt = commentExcerpt('👨‍👩‍👧'.repeat(10), 12);
    expect(excerpt).toBe('👨‍👩‍👧…');
  });

  it('keeps an Arabic text intact when it fits', () => {
    expect(commentExcerpt('مرحبا\nبالعالم')).toBe('مرحبا بالعالم');
  });
});
