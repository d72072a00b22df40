import { describe, expect, it } from 'vitest';
import {
  countLinks,
  findListedWord,
  judgeComment,
  MAX_WORD_LENGTH,
  MAX_WORD_LIST_ENTRIES,
  parseWordList,
  type CommentFields,
  type CommentPolicy,
  type CommentSubmission,
} from './spam-rules.ts';

const buildFields = (overrides: Partial<CommentFields> = {}): CommentFields => ({
  name: 'Ada Reader',
  email: 'ada@example.org',
  website: '',
  text: 'A thoughtful reply about the budget.',
  ip: '198.51.100.20',
  ...overrides,
});

const buildPolicy = (overrides: Partial<CommentPolicy> = {}): CommentPolicy => ({
  moderation: 'open',
  moderationWords: [],
  blockedWords: [],
  holdLinks: 0,
  minFormSeconds: 3,
  ...overrides,
});

const buildSubmission = (overrides: Partial<CommentSubmission> = {}): CommentSubmission => ({
  fields: buildFields(),
  honeypot: '',
  stampAgeMs: 60_000,
  policy: buildPolicy(),
  knownCommenter: false,
  ...overrides,
});

describe('parseWordList', () => {
  it('keeps one trimmed, lower-cased entry per line across CRLF, CR and LF, dropping blank lines', () => {
    expect(parseWordList('  Viagra \r\n\r\nCASINO\rcheap pills\n   \n\t\n203.0.113.\n')).toEqual([
      'viagra',
      'casino',
      'cheap pills',
      '203.0.113.',
    ]);
  });

  it('normalises entries with NFKC and drops repeats that differ only in case or width', () => {
    expect(parseWordList('Ｖｉａｇｒａ\nviagra\nVIAGRA\nﬁnance\nfinance')).toEqual(['viagra', 'finance']);
  });

  it('removes invisible characters from entries, which the matched text never keeps', () => {
    expect(parseWordList('via\u200Bgra\n\u2060\uFEFF\n')).toEqual(['viagra']);
  });

  it('keeps the first 5,000 distinct entries of a 10,000-line list', () => {
    const raw = Array.from({ length: 10_000 }, (_, i) => `word${i}`).join('\r\n');
    const list = parseWordList(raw);
    expect(list).toHaveLength(MAX_WORD_LIST_ENTRIES);
    expect(list[0]).toBe('word0');
    expect(list.at(-1)).toBe('word4999');
  });

  it('does not let repeats use up the 5,000 places', () => {
    const raw = `${'spam\n'.repeat(9_000)}${Array.from({ length: 5_000 }, (_, i) => `w${i}`).join('\n')}`;
    expect(parseWordList(raw)).toHaveLength(MAX_WORD_LIST_ENTRIES);
  });

  it('cuts long entries to 200 code points without splitting a surrogate pair', () => {
    const [long] = parseWordList(`${'😀'.repeat(250)}\n`);
    expect(Array.from(long ?? '')).toHaveLength(MAX_WORD_LENGTH);
    expect(long).toBe('😀'.repeat(MAX_WORD_LENGTH));
    expect(parseWordList('x'.repeat(1_000_000))).toEqual(['x'.repeat(MAX_WORD_LENGTH)]);
  });

  it('returns an empty list for empty or blank text', () => {
    expect(parseWordList('')).toEqual([]);
    expect(parseWordList('\r\n \n\u3000\n')).toEqual([]);
  });
});

describe('findListedWord', () => {
  it('finds an entry as a substring of any field, ignoring case', () => {
    const words = ['casino'];
    expect(findListedWord(buildFields({ name: 'Best CASINO deals' }), words)).toBe('casino');
    expect(findListedWord(buildFields({ email: 'win@Casino.example' }), words)).toBe('casino');
    expect(findListedWord(buildFields({ website: 'https://casino.example' }), words)).toBe('casino');
    expect(findListedWord(buildFields({ text: 'Visit the CaSiNo tonight' }), words)).toBe('casino');
    expect(findListedWord(buildFields(), words)).toBeNull();
  });

  it('returns the first entry in list order that matches, as it was given', () => {
    const fields = buildFields({ text: 'cheap pills at the casino' });
    expect(findListedWord(fields, ['poker', 'Casino', 'pills'])).toBe('Casino');
  });

  it('matches short entries inside longer words in the plain pass, as WordPress does', () => {
    expect(findListedWord(buildFields({ text: 'my class assignment' }), ['ass'])).toBe('ass');
  });

  it('ignores empty and blank entries', () => {
    expect(findListedWord(buildFields(), ['', '   ', '\u200B'])).toBeNull();
  });

  it('finds a word split by markup', () => {
    const words = ['viagra'];
    for (const text of ['vi<b>ag</b>ra', 'vi<!-- x -->agra', 'V<span class="x">IA</span>gra', 'viagra<!-- never closed', 'vi<br/>agra'])
      expect(findListedWord(buildFields({ text }), words), text).toBe('viagra');
  });

  it('finds a word inside angle brackets that are not a tag', () => {
    expect(findListedWord(buildFields({ text: 'I <3 viagra > all' }), ['viagra'])).toBe('viagra');
    expect(findListedWord(buildFields({ text: 'x <b viagra> y' }), ['viagra'])).toBe('viagra');
  });

  it('finds a word written with HTML entities', () => {
    const words = ['viagra'];
    for (const text of ['&#118;iagra', 'vi&#x61;gra', 'via&shy;gra', 'vi&zwj;agra', 'VI&#65;GRA', 'vi&#8203agra'])
      expect(findListedWord(buildFields({ text }), words), text).toBe('viagra');
  });

  it('finds a word split by zero-width, bidi or other invisible characters', () => {
    const invisibles = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2060', '\u2064', '\uFEFF', '\u00AD', '\u2066', '\u2069', '\u{E0041}'];
    for (const mark of invisibles) {
      const text = `buy v${mark}ia${mark}gra now`;
      expect(findListedWord(buildFields({ text }), ['viagra']), JSON.stringify(mark)).toBe('viagra');
    }
  });

  it('finds a word written in full-width or compatibility characters', () => {
    expect(findListedWord(buildFields({ name: 'ＶＩＡＧＲＡ' }), ['viagra'])).toBe('viagra');
    expect(findListedWord(buildFields({ text: 'ﬁnance offer' }), ['finance'])).toBe('finance');
  });

  it('finds an entry of four or more letters spelled out with spaces or punctuation', () => {
    for (const text of ['v i a g r a', 'v.i.a.g.r.a', 'V-I-A-G-R-A!', 'v_i*a+g r~a', 'v\ni\ta g r a', 'v 🙂 iagra'])
      expect(findListedWord(buildFields({ text }), ['viagra']), text).toBe('viagra');
    expect(findListedWord(buildFields({ email: 'c.a.s.i.n.o@example.org' }), ['casino'])).toBe('casino');
  });

  it('spells out entries with punctuation the same way before matching them', () => {
    expect(findListedWord(buildFields({ text: 'write to b u y n o w' }), ['buy-now'])).toBe('buy-now');
  });

  it('does not match short entries across spaces or punctuation', () => {
    expect(findListedWord(buildFields({ text: "it's a t. it" }), ['tit'])).toBeNull();
    expect(findListedWord(buildFields({ text: 'a b c' }), ['a.b.c'])).toBeNull();
  });

  it('does not match entries with spaces across other spacing', () => {
    expect(findListedWord(buildFields({ text: 'buyn ow' }), ['buy now'])).toBeNull();
    expect(findListedWord(buildFields({ text: 'buy now' }), ['buy now'])).toBe('buy now');
  });

  it('matches an IPv4 entry against the ip field, exactly or by whole leading octets', () => {
    const at = (ip: string, entry: string) => findListedWord(buildFields({ ip }), [entry]);
    expect(at('203.0.113.7', '203.0.113.7')).toBe('203.0.113.7');
    expect(at('203.0.113.7', '203.0.113.')).toBe('203.0.113.');
    expect(at('203.0.113.7', '203.0.113')).toBe('203.0.113');
    expect(at('203.0.113.70', '203.0.113.7')).toBeNull();
    expect(at('203.0.113.7', '203.0.11.')).toBeNull();
    expect(at('10.203.0.113', '203.0.113.')).toBeNull();
    expect(at('::ffff:203.0.113.7', '203.0.113.')).toBe('203.0.113.');
  });

  it('matches an IPv6 entry against the ip field exactly, ignoring case', () => {
    expect(findListedWord(buildFields({ ip: '2001:DB8::1' }), ['2001:db8::1'])).toBe('2001:db8::1');
    expect(findListedWord(buildFields({ ip: '2001:db8::10' }), ['2001:db8::1'])).toBeNull();
  });

  it('does not match IP entries against the text or spelled-out digits against the ip field', () => {
    expect(findListedWord(buildFields({ text: 'my address is 203.0.113.7' }), ['203.0.113.7'])).toBeNull();
    expect(findListedWord(buildFields({ ip: '203.0.113.7' }), ['2030'])).toBeNull();
  });

  it('checks 5,000 entries against a long hostile comment quickly', () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `blocked${i}word`);
    const text = '<a <!-- <b x'.repeat(5_000) + 'v.i.a.g.r.a';
    const started = performance.now();
    expect(findListedWord(buildFields({ text }), words)).toBeNull();
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('countLinks', () => {
  it('counts http and https URLs and www hosts', () => {
    expect(countLinks('see http://a.example/x, https://b.example and www.c.example.')).toBe(3);
    expect(countLinks('WWW.SHOUT.EXAMPLE (www.cheap-pills.xyz)')).toBe(2);
  });

  it('counts an anchor once, whatever URLs it holds', () => {
    expect(countLinks('<a href="http://spam.example">http://spam.example</a>')).toBe(1);
    expect(countLinks('<A HREF=http://a.example>one</A> and <a\nhref="x">two</a>')).toBe(2);
    expect(countLinks('<a/href="http://a.example">one</a>')).toBe(1);
  });

  it('still counts the URLs after an unclosed anchor', () => {
    expect(countLinks('<a href="http://a.example">text http://b.example www.c.example')).toBe(3);
  });

  it('does not count bare domains, e-mail addresses, other schemes or version numbers', () => {
    expect(countLinks('example.com, ada@example.org, ftp://files.example, mailto:a@b.example, //cdn.example, v1.2.3')).toBe(0);
    expect(countLinks('<abbr title="x">NASA</abbr> <b>bold</b> www.x')).toBe(0);
  });

  it('does not count the website field', () => {
    expect(countLinks('no links here', 'https://ada.example')).toBe(0);
    expect(countLinks('http://a.example', 'https://ada.example')).toBe(1);
  });

  it('counts many unclosed anchor tags quickly', () => {
    const started = performance.now();
    expect(countLinks('<a x '.repeat(100_000))).toBe(0);
    expect(countLinks('<a x>'.repeat(20_000))).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('judgeComment', () => {
  it('approves an ordinary comment on an open site', () => {
    expect(judgeComment(buildSubmission())).toEqual({ status: 'approved', reason: null });
  });

  it('applies the rules in order, the first that applies deciding', () => {
    // Every rule applies at first; each step switches off the rule that just decided.
    const input = buildSubmission({
      honeypot: 'http://bot.example',
      stampAgeMs: null,
      fields: buildFields({ text: 'casino poker http://a.example http://b.example' }),
      policy: buildPolicy({ blockedWords: ['casino'], moderationWords: ['poker'], holdLinks: 2, moderation: 'all' }),
    });
    const steps: [string, () => void][] = [
      ['honeypot', () => (input.honeypot = '')],
      ['bad-stamp', () => (input.stampAgeMs = 1_000)],
      ['too-fast', () => (input.stampAgeMs = 3_000)],
      ['blocked-word', () => (input.policy.blockedWords = [])],
      ['moderation-word', () => (input.policy.moderationWords = [])],
      ['links', () => (input.policy.holdLinks = 0)],
      ['hold-all', () => (input.policy.moderation = 'first-time')],
      ['first-time', () => (input.knownCommenter = true)],
    ];
    for (const [reason, switchOff] of steps) {
      expect(judgeComment(input).reason).toBe(reason);
      switchOff();
    }
    expect(judgeComment(input)).toEqual({ status: 'approved', reason: null });
  });

  it('refuses honeypot, stamp and blocked-word failures as spam', () => {
    const spam = (overrides: Partial<CommentSubmission>) => judgeComment(buildSubmission(overrides)).status;
    expect(spam({ honeypot: ' ' })).toBe('spam');
    expect(spam({ stampAgeMs: null })).toBe('spam');
    expect(spam({ stampAgeMs: 2_999 })).toBe('spam');
    expect(spam({ policy: buildPolicy({ blockedWords: ['198.51.100.'] }) })).toBe('spam');
  });

  it('accepts a form sent back exactly at the minimum time', () => {
    expect(judgeComment(buildSubmission({ stampAgeMs: 3_000 })).status).toBe('approved');
    expect(judgeComment(buildSubmission({ stampAgeMs: 0, policy: buildPolicy({ minFormSeconds: 0 }) })).status).toBe('approved');
  });

  it('holds moderation words, many links and the moderation setting as pending', () => {
    const held = (overrides: Partial<CommentSubmission>) => judgeComment(buildSubmission(overrides));
    expect(held({ policy: buildPolicy({ moderationWords: ['budget'] }) })).toEqual({ status: 'pending', reason: 'moderation-word' });
    expect(held({ fields: buildFields({ text: 'www.a.example www.b.example' }), policy: buildPolicy({ holdLinks: 2 }) })).toEqual({ status: 'pending', reason: 'links' });
    expect(held({ policy: buildPolicy({ moderation: 'all' }), knownCommenter: true })).toEqual({ status: 'pending', reason: 'hold-all' });
    expect(held({ policy: buildPolicy({ moderation: 'first-time' }) })).toEqual({ status: 'pending', reason: 'first-time' });
  });

  it('approves comments below the link threshold, and any number of links when the rule is off', () => {
    const text = 'http://a.example http://b.example';
    expect(judgeComment(buildSubmission({ fields: buildFields({ text }), policy: buildPolicy({ holdLinks: 3 }) })).status).toBe('approved');
    expect(judgeComment(buildSubmission({ fields: buildFields({ text }), policy: buildPolicy({ holdLinks: 0 }) })).status).toBe('approved');
  });

  it('approves a known commenter under first-time moderation', () => {
    expect(judgeComment(buildSubmission({ policy: buildPolicy({ moderation: 'first-time' }), knownCommenter: true })).status).toBe('approved');
  });
});
