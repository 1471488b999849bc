import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** One root field an operation will execute: its name and a reader for its string arguments. */
export interface RootFieldCall {
  name: string;
  /** The argument's value when it is a string, written inline or passed as a variable; undefined otherwise. */
  stringArgument(argument: string): string | undefined;
}

function callOf(field: FieldNode, variables: Readonly<Record<string, unknown>>): RootFieldCall {
  return {
    name: field.name.value,
    stringArgument(argument) {
      const value = field.arguments?.find((candidate) => candidate.name.value === argument)?.value;
      if (value?.kind === Kind.STRING) return value.value;
      if (value?.kind !== Kind.VARIABLE) return undefined;
      const given = variables[value.name.value];
      return typeof given === 'string' ? given : undefined;
    },
  };
}

/**
 * The root fields of `operation` as graphql-js will execute them: one per response key (an alias is a call
 * of its own, `a: staffLogin … b: staffLogin …` is two), looking through fragment spreads and inline
 * fragments. @skip/@include are not evaluated, so a skipped field still counts.
 */
export function rootFieldCalls(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
): RootFieldCall[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const calls = new Map<string, RootFieldCall>();
  const spread = new Set<string>();
  const collect = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const responseKey = selection.alias?.value ?? selection.name.value;
        if (!calls.has(responseKey)) calls.set(responseKey, callOf(selection, variables));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else if (!spread.has(selection.name.value)) {
        // A fragment spread again yields the same response keys: walk each once.
        spread.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return [...calls.values()];
}
