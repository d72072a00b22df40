import { describe, expect, it } from 'vitest';
import { highlight, highlightKeys, normaliseText, snippet, vocabularyOf, wordsOf } from './search-text.ts';
import { editDistance, Vocabulary } from './spelling.ts';

describe('normaliseText', () => {
  it('folds case, Latin diacritics and compatibility forms', () => {
    expect(normaliseText('Café NAÏVE ﬁle')).toBe('cafe naive file');
  });

  it('merges Arabic alef forms, alef maqsura and taa marbuta, and drops tatweel and harakat', () => {
    expect(normaliseText('أإآٱ')).toBe('اااا');
    expect(normaliseText('مستشفى')).toBe('مستشفي');
    expect(normaliseText('مدرسة')).toBe('مدرسه');
    expect(normaliseText('مـــدرسةٌ')).toBe('مدرسه');
    expect(normaliseText('كَتَبَ')).toBe('كتب');
  });

  it('turns control characters into spaces, so no word holds one', () => {
    expect(wordsOf('a\u0000b\u0007c\u202ed')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('wordsOf and vocabularyOf', () => {
  it('keep letters and digits only, so query syntax never survives', () => {
    expect(wordsOf('NEAR("harbour" bridge*) OR -x ^y col:z')).toEqual(['near', 'harbour', 'bridge', 'or', 'x', 'y', 'col', 'z']);
  });

  it('leave one-letter words and bare numbers out of the vocabulary', () => {
    expect(vocabularyOf(['A 2026 budget, a Budget', 'x2 ok'])).toEqual(['budget', 'x2', 'ok']);
  });
});

describe('highlight and snippet', () => {
  const keys = highlightKeys(['election']);

  it('escapes everything and marks inflections of the query words', () => {
    expect(highlight('<b>Elections</b> & "elected"', keys)).toBe('&lt;b&gt;<mark>Elections</mark>&lt;/b&gt; &amp; &quot;<mark>elected</mark>&quot;');
  });

  it('cuts around the densest matches with ellipses, or gives null without a match', () => {
    const text = `${'word '.repeat(100)}the election result ${'more '.repeat(100)}`;
    const cut = snippet(text, keys, 10) ?? '';
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true);
    expect(cut).toContain('the <mark>election</mark> result');
    expect(snippet('nothing here', keys)).toBeNull();
  });
});

describe('spelling', () => {
  it('counts a transposition as one edit and stops past the limit', () => {
    expect(editDistance('recieve', 'receive')).toBe(1);
    expect(editDistance('goverment', 'government')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz')).toBe(3);
  });

  it('prefers fewer edits, then the word in more documents', () => {
    const vocabulary = new Vocabulary([['harbour', 40], ['harbours', 90], ['arbour', 2], ['labour', 500]]);
    expect(vocabulary.closest('harbour')?.term).toBe('harbours');
    expect(vocabulary.closest('harbuor')).toMatchObject({ term: 'harbour', edits: 1 });
    expect(vocabulary.closest('habour')).toMatchObject({ term: 'labour', edits: 1 });
    expect(vocabulary.closest('hrbor')?.term).toBe('harbour');
  });

  it('leaves short words and numbers alone', () => {
    const vocabulary = new Vocabulary([['the', 1], ['2024', 50], ['tea', 5]]);
    expect(vocabulary.closest('th')).toBeNull();
    expect(vocabulary.closest('2025')).toBeNull();
    expect(vocabulary.closest('tae')?.term).toBe('tea');
  });
});
