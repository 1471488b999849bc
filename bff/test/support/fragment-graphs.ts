/**
 * Generated GraphQL documents whose fragments spread each other in hostile shapes, for the property tests of
 * the query limits (src/infra/graphql/query-limits.rule.spec.ts, test/hostile-client/graphql-limits.int-spec.ts).
 * Every document is valid against shared/schema.graphql apart from the limits it may break, so the standard
 * validation rules do their full work on whatever the limits let through.
 */

import { integerBetween as between, mulberry32, type Random } from '@rongtong/shared';

export const GRAPH_SHAPES = ['chain', 'diamond', 'fan-out', 'mix'] as const;
export type GraphShape = (typeof GRAPH_SHAPES)[number];

export interface FragmentGraph {
  shape: GraphShape;
  fragments: number;
  text: string;
}

/** Selections valid on Query: mostly leaves and unpaged lists, sometimes connections with a literal page size. */
function querySelection(random: Random): string {
  const pick = random();
  if (pick < 0.3) return '__typename';
  if (pick < 0.5) return 'unreadMessageCount';
  if (pick < 0.65) return 'faqs { id question }';
  if (pick < 0.8) return 'banners { id title }';
  if (pick < 0.9) return `products(first: ${between(random, 1, 100)}) { totalCount edges { node { id name } } }`;
  return `institutions(first: ${between(random, 1, 100)}) { edges { node { id products(first: ${between(random, 1, 100)}) { totalCount } } } }`;
}

/** A spread, sometimes wrapped in an inline fragment as in the reproduction of issue 10. */
function spread(random: Random, name: string): string {
  return random() < 0.3 ? `... on Query { ...${name} }` : `...${name}`;
}

/** Which later fragments each fragment spreads (always a DAG: edges go from lower to higher index). */
function edges(random: Random, shape: GraphShape, count: number): number[][] {
  const targets: number[][] = Array.from({ length: count }, () => []);
  switch (shape) {
    case 'chain': {
      // Fi spreads Fi+1 once to three times: the issue's document is the chain with two spreads.
      const repeat = between(random, 1, 3);
      for (let i = 0; i + 1 < count; i += 1) for (let r = 0; r < repeat; r += 1) targets[i]!.push(i + 1);
      break;
    }
    case 'diamond': {
      // Layers of a few fragments; each spreads every fragment of the next layer.
      const width = between(random, 2, 4);
      for (let i = 0; i < count; i += 1) {
        const nextLayer = (Math.floor(i / width) + 1) * width;
        for (let j = nextLayer; j < Math.min(nextLayer + width, count); j += 1) targets[i]!.push(j);
      }
      break;
    }
    case 'fan-out': {
      // One fragment spreads all others (some of them several times), which spread nothing.
      for (let j = 1; j < count; j += 1) {
        const repeat = random() < 0.2 ? between(random, 2, 5) : 1;
        for (let r = 0; r < repeat; r += 1) targets[0]!.push(j);
      }
      break;
    }
    case 'mix': {
      for (let i = 0; i + 1 < count; i += 1) {
        const out = between(random, 1, 4);
        for (let e = 0; e < out; e += 1) targets[i]!.push(between(random, i + 1, Math.min(count - 1, i + 1 + between(random, 0, 20))));
      }
      break;
    }
  }
  return targets;
}

/** A document `{ ...F0 }` with `count` fragments on Query in the given shape, each also selecting a field or two. */
export function fragmentGraph(random: Random, shape: GraphShape, count: number): FragmentGraph {
  const targets = edges(random, shape, count);
  const definitions = targets.map((spreads, i) => {
    const fields = Array.from({ length: between(random, 1, 2) }, () => querySelection(random));
    return `fragment F${i} on Query { ${[...fields, ...spreads.map((target) => spread(random, `F${target}`))].join(' ')} }`;
  });
  return { shape, fragments: count, text: `{ ...F0 }\n${definitions.join('\n')}` };
}

/**
 * `count` documents of every shape, the same ones for the same seed: half of them with a few fragments (most
 * of these fit the token limit), then ever fewer and larger ones, the largest near `maxBytes` (the 1 MB body
 * limit).
 */
export function fragmentGraphs(seed: number, count: number, maxBytes: number): FragmentGraph[] {
  const random = mulberry32(seed);
  // A fragment definition is 40–190 bytes, about 120 on average; a document over maxBytes is drawn again smaller.
  const maxFragments = Math.floor(maxBytes / 110);
  return Array.from({ length: count }, (_, index) => {
    const shape = GRAPH_SHAPES[index % GRAPH_SHAPES.length]!;
    const scale = random();
    const fragments =
      scale < 0.5
        ? between(random, 2, 16)
        : scale < 0.8
          ? between(random, 16, 400)
          : scale < 0.95
            ? between(random, 400, 2_000)
            : between(random, Math.floor(maxFragments / 2), maxFragments);
    let graph = fragmentGraph(random, shape, fragments);
    while (graph.text.length > maxBytes) graph = fragmentGraph(random, shape, Math.floor((graph.fragments * maxBytes * 0.97) / graph.text.length));
    return graph;
  });
}

/** The document of issue 10: F0 … F(n−1), each `fragment Fi on Query { ...Fi+1 ... on Query { ...Fi+1 } }`. */
export function doublingFragments(n: number): string {
  const definitions = Array.from({ length: n }, (_, i) =>
    i === n - 1 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ...F${i + 1} ... on Query { ...F${i + 1} } }`,
  );
  return `{ ...F0 }\n${definitions.join('\n')}`;
}
