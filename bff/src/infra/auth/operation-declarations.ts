import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { describeAccessRule, type AccessRule } from './access-rule';
import { ACCESS_RULE_METADATA } from './decorators';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export interface OperationDeclaration {
  /** `Query.me`, `Mutation.logout`. */
  operation: string;
  rule: AccessRule | undefined;
  /** `SessionsResolver.logout`, to find the code. */
  handler: string;
}

type Handler = (...args: unknown[]) => unknown;

function declarationOf(instance: object, methodName: string): OperationDeclaration | undefined {
  const prototype = Object.getPrototypeOf(instance) as Record<string, Handler>;
  const handler = prototype[methodName];
  if (typeof handler !== 'function') return undefined;
  const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as unknown;
  if (typeof type !== 'string' || !ROOT_TYPES.has(type)) return undefined;
  const field = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? methodName;
  const rule =
    (Reflect.getMetadata(ACCESS_RULE_METADATA, handler) as AccessRule | undefined) ??
    (Reflect.getMetadata(ACCESS_RULE_METADATA, instance.constructor) as AccessRule | undefined);
  return { operation: `${type}.${field}`, rule, handler: `${instance.constructor.name}.${methodName}` };
}

/** Every Query, Mutation and Subscription resolver method of the running app with its declaration, sorted. */
export function collectOperationDeclarations(discovery: DiscoveryService, scanner: MetadataScanner): OperationDeclaration[] {
  const declarations: OperationDeclaration[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
    for (const methodName of scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
      const declaration = declarationOf(instance, methodName);
      if (declaration) declarations.push(declaration);
    }
  }
  return declarations.sort((a, b) => a.operation.localeCompare(b.operation));
}

/** The committed snapshot's format: one `Type.field  <rule>` line per operation. */
export function permissionSnapshot(declarations: readonly OperationDeclaration[]): string {
  return `${declarations.map((declaration) => `${declaration.operation}  ${describeAccessRule(declaration.rule)}`).join('\n')}\n`;
}
