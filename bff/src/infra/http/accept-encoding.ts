/** Content codings the H5 build is precompressed in, best first (preferred when the client weighs them equally). */
export const PRECOMPRESSED_ENCODINGS = ['br', 'gzip'] as const;
export type PrecompressedEncoding = (typeof PRECOMPRESSED_ENCODINGS)[number];

/** File suffix of each precompressed variant, written beside the original by the H5 build. */
export const ENCODING_SUFFIX: Readonly<Record<PrecompressedEncoding, string>> = { br: '.br', gzip: '.gz' };

/** RFC 9110 §12.4.2: a weight is 0 to 1 with at most three decimals; anything else makes the entry void. */
function parseWeight(parameters: readonly string[]): number | undefined {
  const q = parameters.map((p) => p.trim()).find((p) => /^q\s*=/i.test(p));
  if (q === undefined) return 1;
  const value = q.replace(/^q\s*=\s*/i, '');
  if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return undefined;
  return Number(value);
}

/** The weight the client gives each coding it names (lower-cased); `*` stands for every coding not named. */
export function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [name, ...parameters] = entry.split(';');
    const coding = name.trim().toLowerCase();
    if (coding === '') continue;
    const weight = parseWeight(parameters);
    if (weight === undefined) continue;
    // A coding listed twice keeps its first weight, as most servers do.
    if (!weights.has(coding)) weights.set(coding, weight);
  }
  return weights;
}

/**
 * Which of the `available` precompressed variants to send for this Accept-Encoding, or undefined to send the
 * file as it is. The highest weight wins, br before gzip on a tie; a coding the client does not name is only
 * acceptable through `*`; `x-gzip` counts as gzip; an explicitly heavier `identity` wins over both. No header at all means identity (a client that sends none
 * may not decode anything).
 */
export function negotiateEncoding(
  header: string | undefined,
  available: readonly PrecompressedEncoding[],
): PrecompressedEncoding | undefined {
  if (header === undefined || available.length === 0) return undefined;
  const weights = parseAcceptEncoding(header);
  const weightOf = (coding: PrecompressedEncoding): number =>
    weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
  let best: PrecompressedEncoding | undefined;
  let bestWeight = 0;
  for (const coding of PRECOMPRESSED_ENCODINGS) {
    if (!available.includes(coding)) continue;
    const weight = weightOf(coding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  // A client that names identity with a higher weight than any coding we have prefers the file as it is.
  const identityWeight = weights.get('identity');
  if (identityWeight !== undefined && identityWeight > bestWeight) return undefined;
  return best;
}
