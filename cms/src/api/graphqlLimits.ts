/**
 * GraphQL answers only questions of a reasonable size: at most GRAPHQL_MAX_DEPTH fields nested
 * (fragments counted where they are used) and Payload's complexity limit, so one request cannot
 * make the server walk every relationship of every document.
 */
import { GraphQLError, Kind, type ASTNode, type ExecutionArgs, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'
import type { PayloadRequest } from 'payload'
import { translate, translateTo } from '../i18n'

export const GRAPHQL_MAX_DEPTH = 10
export const GRAPHQL_MAX_COMPLEXITY = 1000

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection's own fields (__typename, __schema) count like any other.
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    } else {
      const name = selection.name.value
      if (seen.has(name) || !fragments[name]) continue // a cycle is GraphQL's own error
      deepest = Math.max(deepest, depthOf(fragments[name].selectionSet, fragments, new Set([...seen, name])))
    }
  }
  return deepest
}

/** The depth rule for one request, its message in the person's language (Payload puts the request in the context). */
export const depthLimit =
  ({ contextValue }: ExecutionArgs): ValidationRule =>
  (context: ValidationContext) => {
    const req = (contextValue as { req?: PayloadRequest } | undefined)?.req
    const fragments = Object.fromEntries(
      context
        .getDocument()
        .definitions.filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION)
        .map((node) => [node.name.value, node]),
    )
    return {
      OperationDefinition(node: ASTNode) {
        if (node.kind !== Kind.OPERATION_DEFINITION) return
        const depth = depthOf(node.selectionSet, fragments, new Set())
        if (depth <= GRAPHQL_MAX_DEPTH) return
        const vars = { depth, limit: GRAPHQL_MAX_DEPTH }
        const message = req ? translate(req.t, 'errorGraphqlTooDeep', vars) : translateTo('en', 'errorGraphqlTooDeep', vars)
        context.reportError(new GraphQLError(message, { nodes: [node] }))
      },
    }
  }
