import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import { USER_FACING_EXTENSION } from '../errors/graphql-error-formatter';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15 };

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/**
 * Depth of the deepest field path, following fragment spreads. Introspection fields (`__schema`, `__type`)
 * are not counted: the standard introspection query is deeper than any application query needs to be.
 */
function depthOf(selectionSet: SelectionSetNode, fragments: Fragments, visiting: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const below = selection.selectionSet ? depthOf(selection.selectionSet, fragments, visiting) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue; // cycles are reported by NoFragmentCyclesRule
      visiting.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

function limitError(message: string, limit: string, max: number): GraphQLError {
  return new GraphQLError(message, { extensions: { [USER_FACING_EXTENSION]: true, limit, max } });
}

/** A validation rule that rejects documents nested deeper than `maxDepth` or using more than `maxAliases` aliases. */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      let aliases = 0;
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const depth = depthOf(definition.selectionSet, fragments, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(limitError(`查询嵌套层级过深：最多 ${limits.maxDepth} 层，当前 ${depth} 层`, 'depth', limits.maxDepth));
        }
      }
      // Aliases are counted once per occurrence in the document text, fragments included.
      visit(document, {
        Field(field) {
          if (field.alias) aliases += 1;
        },
      });
      if (aliases > limits.maxAliases) {
        context.reportError(limitError(`查询使用的别名过多：最多 ${limits.maxAliases} 个，当前 ${aliases} 个`, 'aliases', limits.maxAliases));
      }
      return false;
    },
  });
}
