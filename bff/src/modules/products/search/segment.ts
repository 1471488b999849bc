/**
 * The application-side segmenter behind keyword search. Both databases get the same terms, so SQLite and
 * MySQL answer identically without an ngram parser: Chinese text becomes its characters and every pair of
 * adjacent characters, Latin letters and digits become lower-cased words.
 */

/** Longer words are cut, in the index and in queries alike, so they still match each other. */
export const MAX_TERM_LENGTH = 32;

const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;
const CJK = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Full-width forms become half-width (Ｃ → c), then lower case. */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function runsOf(text: string): string[] {
  return normalise(text).match(RUN) ?? [];
}

function bigrams(run: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let index = 0; index + 1 < run.length; index += 1) pairs.push(run[index] + run[index + 1]);
  return pairs;
}

/** Every term the index stores for `text`: CJK unigrams and bigrams, and words. */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const run of runsOf(text)) {
    if (!CJK.test(run)) {
      terms.add(run.slice(0, MAX_TERM_LENGTH));
      continue;
    }
    const chars = [...run];
    for (const term of [...chars, ...bigrams(chars)]) terms.add(term);
  }
  return [...terms];
}

/**
 * The terms a product must all have to match `keyword`: the bigrams of each Chinese run (a lone character
 * stands for itself) and the words. Punctuation separates runs and is otherwise ignored, so a keyword made
 * only of punctuation has no terms.
 */
export function queryTerms(keyword: string): string[] {
  const terms = new Set<string>();
  for (const run of runsOf(keyword)) {
    if (!CJK.test(run)) {
      terms.add(run.slice(0, MAX_TERM_LENGTH));
      continue;
    }
    const chars = [...run];
    for (const term of chars.length === 1 ? chars : bigrams(chars)) terms.add(term);
  }
  return [...terms];
}
