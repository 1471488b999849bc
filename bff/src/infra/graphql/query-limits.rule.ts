import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { USER_FACING_EXTENSION } from '../errors/graphql-error-formatter';
import { MAX_PAGE_SIZE } from './pagination/page.args';

export interface QueryLimits {
  /** Longest field path of an operation (`{ a { b } }` is 2). */
  maxDepth: number;
  /**
   * Longest field path that passes through `__schema` or `__type`. The standard introspection query (graphql's
   * `getIntrospectionQuery()`, what graphql-codegen and Apollo's tools send) is 15 deep: `__schema types fields
   * args type` and nine `ofType`, then `name`. Production refuses introspection altogether.
   */
  maxIntrospectionDepth: number;
  /** Aliases in the whole document, each fragment definition counted once. */
  maxAliases: number;
  /** Estimated cost of an operation: every field 1, times the page sizes (`first`) of the connections around it. */
  maxCost: number;
}

/**
 * Cost: the heaviest operation the app sends is `ProductReviewQueue` at 6,101 with its `first` variable at the
 * largest page (then `MyInstitutionProducts` 4,301; query-limits.rule.spec.ts prints the heaviest few), so
 * 15,000 leaves it room to grow by more than half again; two nested connections of 100 items (10,000 rows and
 * more) are over it.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxIntrospectionDepth: 20, maxAliases: 15, maxCost: 15_000 };

/** What a fragment contributes wherever it is spread: its deepest paths and its cost per enclosing item. */
interface Summary {
  /** Longest path that does not pass through an introspection field; -Infinity when there is none. */
  depth: number;
  /** Longest path that passes through `__schema` / `__type`; -Infinity when there is none. */
  introspectionDepth: number;
  cost: number;
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);
// Read once: graphql re-exports `Kind` through getters, which a walk over every selection should not call each time.
const FIELD = Kind.FIELD;
const INLINE_FRAGMENT = Kind.INLINE_FRAGMENT;
const FRAGMENT_SPREAD = Kind.FRAGMENT_SPREAD;
const VARIABLE = Kind.VARIABLE;
const INT = Kind.INT;

/**
 * One pass over a document: each fragment is summarised once, in dependency order (an iterative depth-first
 * walk of the spread graph, so neither a long chain nor a diamond of spreads costs more than its size), and a
 * spread only reads its fragment's summary. The work is linear in the document's length.
 */
class DocumentMeasure {
  private readonly fragmentIndex = new Map<string, number>();
  private readonly fragments: FragmentDefinitionNode[] = [];
  private readonly summaries: Array<Summary | undefined> = [];
  aliases = 0;
  // The result of the last selectionSet() / field() call, kept in fields rather than returned as an object:
  // the walk visits every field of documents up to the 1 MB body limit and should allocate nothing per field.
  private depth = 0;
  private introspectionDepth = 0;
  private cost = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    definitions: readonly FragmentDefinitionNode[],
  ) {
    for (const fragment of definitions) {
      if (this.fragmentIndex.has(fragment.name.value)) continue; // a duplicate name, reported by UniqueFragmentNamesRule
      this.fragmentIndex.set(fragment.name.value, this.fragments.length);
      this.fragments.push(fragment);
    }
    this.summariseFragments();
  }

  operation(operation: OperationDefinitionNode): Summary {
    this.selectionSet(operation.selectionSet, this.schema.getRootType(operation.operation) ?? undefined);
    return { depth: this.depth, introspectionDepth: this.introspectionDepth, cost: this.cost };
  }

  private summariseFragments(): void {
    const spreads = this.fragments.map((fragment) => this.spreadIndexes(fragment.selectionSet, []));
    // Post-order over the spread graph; a spread back onto the current path (a cycle, reported by
    // NoFragmentCyclesRule) or onto an unknown fragment counts as empty.
    const started = new Uint8Array(this.fragments.length);
    const stack: number[] = [];
    const next: number[] = [];
    for (let root = 0; root < this.fragments.length; root += 1) {
      if (started[root]) continue;
      started[root] = 1;
      stack.push(root);
      next.push(0);
      while (stack.length > 0) {
        const top = stack.length - 1;
        const children = spreads[stack[top]!]!;
        const position = next[top]!;
        if (position < children.length) {
          next[top] = position + 1;
          const child = children[position]!;
          if (!started[child]) {
            started[child] = 1;
            stack.push(child);
            next.push(0);
          }
          continue;
        }
        const index = stack.pop()!;
        next.pop();
        const fragment = this.fragments[index]!;
        this.selectionSet(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value) ?? undefined);
        this.summaries[index] = { depth: this.depth, introspectionDepth: this.introspectionDepth, cost: this.cost };
      }
    }
  }

  /** The known fragments a selection set spreads directly (not those its fragments spread). */
  private spreadIndexes(selectionSet: SelectionSetNode, into: number[]): number[] {
    for (const selection of selectionSet.selections) {
      if (selection.kind === FRAGMENT_SPREAD) {
        const index = this.fragmentIndex.get(selection.name.value);
        if (index !== undefined) into.push(index);
      } else if (selection.selectionSet) {
        this.spreadIndexes(selection.selectionSet, into);
      }
    }
    return into;
  }

  private selectionSet(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined): void {
    let depth = -Infinity;
    let introspectionDepth = -Infinity;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === FIELD) {
        this.field(selection, parentType);
      } else if (selection.kind === INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (this.schema.getType(selection.typeCondition.name.value) ?? undefined) : parentType;
        this.selectionSet(selection.selectionSet, type);
      } else {
        const index = this.fragmentIndex.get(selection.name.value);
        const summary = index === undefined ? undefined : this.summaries[index];
        if (!summary) continue; // unknown, or a spread closing a cycle
        this.depth = summary.depth;
        this.introspectionDepth = summary.introspectionDepth;
        this.cost = summary.cost;
      }
      if (this.depth > depth) depth = this.depth;
      if (this.introspectionDepth > introspectionDepth) introspectionDepth = this.introspectionDepth;
      cost += this.cost;
    }
    this.depth = depth;
    this.introspectionDepth = introspectionDepth;
    this.cost = cost;
  }

  private field(field: FieldNode, parentType: GraphQLNamedType | undefined): void {
    if (field.alias) this.aliases += 1;
    if (!field.selectionSet) {
      this.depth = 1;
      this.introspectionDepth = -Infinity;
      this.cost = 1;
      return;
    }
    const definition = fieldDefinition(this.schema, parentType, field.name.value);
    this.selectionSet(field.selectionSet, definition && getNamedType(definition.type));
    this.cost = 1 + pageSize(field, definition) * this.cost;
    if (INTROSPECTION_FIELDS.has(field.name.value)) {
      this.introspectionDepth = 1 + Math.max(this.depth, this.introspectionDepth, 0);
      this.depth = -Infinity;
    } else {
      this.depth = 1 + Math.max(this.depth, 0);
      this.introspectionDepth += 1;
    }
  }
}

function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType && parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[name] : undefined;
}

/**
 * How many items a field's selection is resolved for: its `first` argument — a literal as written, a variable
 * at the largest page a client may ask for (validation runs once per document, before variables are known, so
 * a document that passes cannot be made dearer by its variables), absent at the argument's default. Fields
 * without `first` count once (the schema's unpaged lists — FAQs, banners, attachments, ranked products — are
 * short and bounded by the server).
 */
function pageSize(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number {
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== 'first') continue;
    if (argument.value.kind === VARIABLE) return MAX_PAGE_SIZE;
    if (argument.value.kind === INT) return Math.max(1, Number(argument.value.value));
    return 1; // null or a value of the wrong type, which other rules refuse
  }
  for (const argument of definition?.args ?? []) {
    if (argument.name === 'first') return typeof argument.defaultValue === 'number' && argument.defaultValue > 0 ? argument.defaultValue : 1;
  }
  return 1;
}

function limitError(message: string, limit: string, max: number): GraphQLError {
  return new GraphQLError(message, { extensions: { [USER_FACING_EXTENSION]: true, limit, max } });
}

/**
 * Refuses documents nested deeper than `maxDepth` (`maxIntrospectionDepth` on paths through `__schema` /
 * `__type`), with more than `maxAliases` aliases, or whose operations cost more than `maxCost`.
 *
 * It measures the whole document when the validation enters it, before any other rule has visited a field. A
 * document over a limit gets only these errors: the rule then ends the traversal for every rule (returning
 * null from `enter` replaces the node being visited, so nothing below it is visited), because some standard
 * rules do work that grows faster than the document and a refused document should cost no more than reading it.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule {
  return (context: ValidationContext) => ({
    Document: {
      enter(document) {
        const fragments: FragmentDefinitionNode[] = [];
        const operations: OperationDefinitionNode[] = [];
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.push(definition);
          else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
        }
        const measure = new DocumentMeasure(context.getSchema(), fragments);
        const errors: GraphQLError[] = [];
        for (const operation of operations) {
          const { depth, introspectionDepth, cost } = measure.operation(operation);
          if (depth > limits.maxDepth) {
            errors.push(limitError(`查询嵌套层级过深：最多 ${limits.maxDepth} 层，当前 ${depth} 层`, 'depth', limits.maxDepth));
          }
          if (introspectionDepth > limits.maxIntrospectionDepth) {
            errors.push(
              limitError(
                `内省查询嵌套层级过深：最多 ${limits.maxIntrospectionDepth} 层，当前 ${introspectionDepth} 层`,
                'introspectionDepth',
                limits.maxIntrospectionDepth,
              ),
            );
          }
          if (cost > limits.maxCost) {
            errors.push(limitError(`查询过于复杂：估算成本最多 ${limits.maxCost}，当前${cost > 1e12 ? '超过一万亿' : ` ${cost}`}`, 'cost', limits.maxCost));
          }
        }
        if (measure.aliases > limits.maxAliases) {
          errors.push(limitError(`查询使用的别名过多：最多 ${limits.maxAliases} 个，当前 ${measure.aliases} 个`, 'aliases', limits.maxAliases));
        }
        if (errors.length === 0) return false; // within the limits: nothing more for this rule to visit
        for (const error of errors) context.reportError(error);
        return null;
      },
    },
  });
}
