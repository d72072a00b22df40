import { describe, expect, it } from 'vitest';
import { markdownToBody, sanitiseBody, toPlainText } from './body.ts';

function attributesOf(html: string): string[] {
  return [...html.matchAll(/<[a-z][\w-]*((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/gi)]
    .flatMap((m) => [...(m[1] ?? '').matchAll(/\s+([^\s=/>]+)/g)].map((a) => (a[1] ?? '').toLowerCase()));
}

describe('sanitiseBody', () => {
  it('removes script elements and their contents', () => {
    const out = sanitiseBody('<p>Before</p><script>alert("x")</script><p>After</p>');
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toContain('alert');
    expect(out).toContain('<p>Before</p>');
    expect(out).toContain('<p>After</p>');
  });

  it('removes style elements and their contents', () => {
    const out = sanitiseBody('<style>body{display:none}</style><p>Text</p>');
    expect(out).not.toMatch(/<style/i);
    expect(out).not.toContain('display:none');
  });

  it('removes iframes, objects and embeds', () => {
    const out = sanitiseBody('<iframe src="https://evil.example/"></iframe><object data="x.swf"></object><embed src="x.swf"><p>Kept</p>');
    expect(out).not.toMatch(/<(iframe|object|embed)/i);
    expect(out).toContain('<p>Kept</p>');
  });

  it('removes every on* event handler', () => {
    const out = sanitiseBody('<p onclick="alert(1)">Hi</p><img src="https://img.example/a.jpg" onerror="alert(2)" alt="A"><a href="https://a.example/" onmouseover="alert(3)">x</a>');
    expect(attributesOf(out).filter((name) => name.startsWith('on'))).toEqual([]);
    expect(out).toContain('src="https://img.example/a.jpg"');
  });

  it('removes javascript: links, however they are spelt', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java&#x09;script:alert(1)', '&#106;avascript:alert(1)']) {
      const out = sanitiseBody(`<p><a href="${href}">click</a></p>`);
      expect(out, href).not.toMatch(/href="[^"]*script:/i);
      expect(out, href).toContain('click');
    }
  });

  it('removes data: URLs from links and images', () => {
    const out = sanitiseBody('<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a></p><img src="data:image/svg+xml,<svg onload=alert(1)>">');
    expect(out).not.toContain('data:');
  });

  it('keeps the allowed subset as written', () => {
    const html = [
      '<h2>Two</h2>', '<h3>Three</h3>', '<h4>Four</h4>',
      '<p>Some <strong>strong</strong> and <em>emphasised</em> words.</p>',
      '<blockquote><p>Quoted</p></blockquote>',
      '<ul><li>One</li></ul>', '<ol><li>First</li></ol>',
      '<figure><img src="https://img.example/p.jpg" alt="A harbour" width="800" height="600" /><figcaption>The harbour</figcaption></figure>',
    ];
    const out = sanitiseBody(html.join(''));
    for (const fragment of html) expect(out).toContain(fragment);
  });

  it('keeps a pull quote class but drops other classes and styles', () => {
    const out = sanitiseBody('<blockquote class="pullquote">Said</blockquote><p class="evil" style="position:fixed">Text</p>');
    expect(out).toContain('<blockquote class="pullquote">Said</blockquote>');
    expect(out).toContain('<p>Text</p>');
  });

  it('keeps internal links as written', () => {
    expect(sanitiseBody('<p><a href="/news/story/">Story</a></p>')).toBe('<p><a href="/news/story/">Story</a></p>');
  });

  it('gives external links rel="noopener noreferrer", replacing any rel supplied', () => {
    const out = sanitiseBody('<p><a href="https://other.example/" rel="opener">Other</a></p>');
    expect(out).toContain('href="https://other.example/"');
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).not.toContain('rel="opener"');
  });

  it('demotes a top-level heading so the page keeps one h1', () => {
    const out = sanitiseBody('<h1>Title</h1>');
    expect(out).toBe('<h2>Title</h2>');
  });

  it('escapes text that looks like markup once its tags are gone', () => {
    const out = sanitiseBody('<p>1 &lt; 2 &amp;&amp; <b>bold</b></p><svg><script>alert(1)</script></svg>');
    expect(out).toContain('1 &lt; 2 &amp;&amp;');
    expect(out).not.toMatch(/<(svg|script)/i);
  });
});

describe('markdownToBody', () => {
  it('converts Markdown to the body subset', () => {
    const out = markdownToBody('## Heading\n\nSome **strong** and *em* text.\n\n> A quote\n\n- one\n- two\n\n1. first\n');
    expect(out).toContain('<h2>Heading</h2>');
    expect(out).toContain('<strong>strong</strong>');
    expect(out).toContain('<em>em</em>');
    expect(out).toMatch(/<blockquote>\s*<p>A quote<\/p>\s*<\/blockquote>/);
    expect(out).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(out).toMatch(/<ol>\s*<li>first<\/li>\s*<\/ol>/);
  });

  it('turns a Markdown h1 into an h2', () => {
    expect(markdownToBody('# Title')).toBe('<h2>Title</h2>');
  });

  it('gives external Markdown links rel="noopener noreferrer"', () => {
    const out = markdownToBody('See [the report](https://other.example/report).');
    expect(out).toContain('<a href="https://other.example/report" rel="noopener noreferrer">the report</a>');
  });

  it('converts Markdown images', () => {
    expect(markdownToBody('![A harbour](https://img.example/h.jpg)')).toContain('<img src="https://img.example/h.jpg" alt="A harbour" />');
  });

  it('sanitises HTML embedded in Markdown', () => {
    const out = markdownToBody('Text\n\n<script>alert(1)</script>\n\n<img src="https://img.example/x.jpg" onerror="alert(2)">\n\n[x](javascript:alert(3))');
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/href="\s*javascript:/i);
    expect(attributesOf(out).filter((name) => name.startsWith('on'))).toEqual([]);
  });
});

describe('toPlainText', () => {
  it('strips all markup and collapses whitespace', () => {
    expect(toPlainText('<h2>Title</h2>\n<p>Some <strong>bold</strong>\n text.</p><script>x()</script>')).toBe('Title Some bold text.');
  });
});
