import { describe, expect, it } from 'vitest';
import { terminalSafeJson, terminalText } from './terminal-text.ts';

describe('terminalText', () => {
  it('turns escape sequences and line breaks into plain spaces on one line', () => {
    expect(terminalText('\x1b[31mred\x1b[0m\r\nnext\u2028line\x9b2J', 80)).toBe('[31mred [0m next line 2J');
  });

  it('drops bidi overrides and isolates but keeps emoji joiners', () => {
    expect(terminalText('Eve\u202Egnp.exe \u2066x\u2069 👩\u200D💻', 80)).toBe('Evegnp.exe x 👩\u200D💻');
  });

  it('cuts a long text to the length given', () => {
    expect(terminalText('word '.repeat(40), 20).length).toBeLessThanOrEqual(20);
  });
});

describe('terminalSafeJson', () => {
  it('escapes C1 controls, DEL, separators and format characters, and parses back to the same value', () => {
    const value = { name: 'Eve\u202Egnp\x7f\x9b31m\u2028\u{E0001}', list: [1, 'two'] };
    const json = terminalSafeJson(value);
    expect(json).not.toMatch(/[\x7f-\x9f\u2028\u202e]|\p{Cf}/u);
    expect(json).toContain('\\u202e');
    expect(json).toContain('\\udb40\\udc01');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('keeps the indentation newlines of pretty-printed JSON', () => {
    expect(terminalSafeJson({ a: 1 })).toBe('{\n  "a": 1\n}');
  });
});
