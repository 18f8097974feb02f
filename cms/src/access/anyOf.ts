import type { Access, AccessArgs, AccessResult, Where } from 'payload'

/** Grants what any one of the rules grants: `true` wins, query constraints are OR-ed. */
export const anyOf =
  (...rules: Access[]): Access =>
  async (args: AccessArgs) => {
    const constraints: Where[] = []
    for (const rule of rules) {
      const result: AccessResult = await rule(args)
      if (result === true) return true
      if (result && typeof result === 'object') constraints.push(result)
    }
    if (constraints.length === 0) return false
    return constraints.length === 1 ? constraints[0] : { or: constraints }
  }
