import { indexTerms, MAX_TERM_LENGTH, queryTerms } from './segment';

describe('indexTerms', () => {
  it('stores the characters and adjacent pairs of Chinese text', () => {
    expect(indexTerms('信用贷')).toEqual(['信', '用', '贷', '信用', '用贷']);
  });

  it('does not pair characters across punctuation or Latin text', () => {
    const terms = indexTerms('科技，信用e贷');
    expect(terms).toEqual(expect.arrayContaining(['科技', '信用', 'e', '贷']));
    expect(terms).not.toContain('技信');
    expect(terms).not.toContain('用贷');
  });

  it('lower-cases words and folds full-width forms', () => {
    expect(indexTerms('CT 与 ＭＲＩ 2025年')).toEqual(['ct', '与', 'mri', '2025', '年']);
  });

  it('cuts very long words', () => {
    expect(indexTerms('a'.repeat(100))).toEqual(['a'.repeat(MAX_TERM_LENGTH)]);
  });

  it('has nothing for empty or punctuation-only text', () => {
    expect(indexTerms('')).toEqual([]);
    expect(indexTerms('%_!，。')).toEqual([]);
  });
});

describe('queryTerms', () => {
  it('asks for the two-character word itself', () => {
    expect(queryTerms('信用')).toEqual(['信用']);
    expect(queryTerms('抵押')).toEqual(['抵押']);
  });

  it('asks for every bigram of a longer phrase', () => {
    expect(queryTerms('科技贷款')).toEqual(['科技', '技贷', '贷款']);
  });

  it('asks for a lone character as a unigram', () => {
    expect(queryTerms('税')).toEqual(['税']);
  });

  it('combines whitespace-separated parts and drops duplicates', () => {
    expect(queryTerms(' 颍淮  信用 信用 CT ')).toEqual(['颍淮', '信用', 'ct']);
  });

  it('matches what the index stores for the same text', () => {
    const stored = new Set(indexTerms('阜阳科技型企业信用贷款'));
    for (const query of ['科技', '信用贷款', '企', '型企业']) {
      expect(queryTerms(query).every((term) => stored.has(term))).toBe(true);
    }
  });

  it('has no terms for punctuation only', () => {
    expect(queryTerms('%')).toEqual([]);
    expect(queryTerms('  ')).toEqual([]);
  });
});
