import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from './page-info.model';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoModel;
  totalCount: number;
}

/** `<Name>Edge` and the fields of `<Name>Connection` (Relay style) for a node type. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfoModel)
    pageInfo: PageInfoModel;

    @Field(() => Int)
    totalCount: number;
  }

  return ConnectionType as Type<ConnectionShape<T>>;
}

/**
 * Builds a connection from rows fetched with `LIMIT first + 1`: the extra row only tells that a next page
 * exists and is not returned.
 */
export function toConnection<Row, T>(
  rows: readonly Row[],
  first: number,
  totalCount: number,
  cursorOf: (row: Row) => string,
  toNode: (row: Row) => T,
): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => edgeOf(row, cursorOf, toNode(row)));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** An edge whose cursor is written only when read: most lists ask for `pageInfo.endCursor` alone. */
function edgeOf<Row, T>(row: Row, cursorOf: (row: Row) => string, node: T): Edge<T> {
  let cursor: string | undefined;
  return {
    node,
    get cursor() {
      cursor ??= cursorOf(row);
      return cursor;
    },
  };
}
