import type { GraphQLClient, TypedDocument } from '@/api/client'

/** A GraphQL client that answers each operation (by name) from a script and records the calls. */
export function scriptedClient(answers: Record<string, (variables: unknown) => unknown>) {
  const calls: { operation: string; variables: unknown }[] = []
  const client: GraphQLClient = {
    async execute<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables?: TVariables) {
      const operation = /(?:query|mutation) (\w+)/.exec(document.toString())?.[1] ?? 'unknown'
      calls.push({ operation, variables })
      const answer = answers[operation]
      if (!answer) throw new Error(`no scripted answer for ${operation}`)
      return answer(variables) as TResult
    },
  }
  return { client, calls }
}
