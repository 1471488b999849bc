import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_RULE_METADATA } from '../decorators';
import { describeAccessRule, type AccessRule } from './access-rule';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export interface OperationDeclaration {
  /** `Query.me`, `Mutation.logout`, or `GET /healthz` for REST handlers. */
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
  return { operation: `${type}.${field}`, rule: ruleOf(handler, instance), handler: `${instance.constructor.name}.${methodName}` };
}

function ruleOf(handler: Handler, instance: object): AccessRule | undefined {
  return (
    (Reflect.getMetadata(ACCESS_RULE_METADATA, handler) as AccessRule | undefined) ??
    (Reflect.getMetadata(ACCESS_RULE_METADATA, instance.constructor) as AccessRule | undefined)
  );
}

function routeOf(instance: object, methodName: string): OperationDeclaration | undefined {
  const handler = (Object.getPrototypeOf(instance) as Record<string, Handler>)[methodName];
  if (typeof handler !== 'function') return undefined;
  const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
  if (path === undefined) return undefined;
  const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
  const base = (Reflect.getMetadata(PATH_METADATA, instance.constructor) as string | undefined) ?? '';
  const route = `/${[base, ...[path].flat()].filter(Boolean).join('/')}`.replace(/\/+/g, '/');
  return { operation: `${method} ${route}`, rule: ruleOf(handler, instance), handler: `${instance.constructor.name}.${methodName}` };
}

function instancesOf(wrappers: ReadonlyArray<{ instance: unknown; isDependencyTreeStatic(): boolean }>): object[] {
  return wrappers
    .filter((wrapper) => wrapper.isDependencyTreeStatic())
    .map((wrapper) => wrapper.instance)
    .filter((instance): instance is object => typeof instance === 'object' && instance !== null);
}

function methodsOf(scanner: MetadataScanner, instance: object): string[] {
  return scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object);
}

/**
 * Every Query, Mutation and Subscription resolver method and every REST handler of the running app with
 * its declaration, sorted.
 */
export function collectOperationDeclarations(discovery: DiscoveryService, scanner: MetadataScanner): OperationDeclaration[] {
  const graphql = instancesOf(discovery.getProviders()).flatMap((instance) =>
    methodsOf(scanner, instance).map((methodName) => declarationOf(instance, methodName)),
  );
  const rest = instancesOf(discovery.getControllers()).flatMap((instance) =>
    methodsOf(scanner, instance).map((methodName) => routeOf(instance, methodName)),
  );
  return [...graphql, ...rest]
    .filter((declaration): declaration is OperationDeclaration => declaration !== undefined)
    .sort((a, b) => a.operation.localeCompare(b.operation));
}

/** The committed snapshot's format: one `Type.field  <rule>` line per operation. */
export function permissionSnapshot(declarations: readonly OperationDeclaration[]): string {
  return `${declarations.map((declaration) => `${declaration.operation}  ${describeAccessRule(declaration.rule)}`).join('\n')}\n`;
}
