import { APIError, ValidationError, type PayloadRequest } from 'payload'

export interface FieldProblem {
  /** The field's path as the admin form knows it: `layout.0.heading`. */
  path: string
  label?: string
  message: string
}

/**
 * A 400 that names each field and says what is wrong with it, in the person's admin language:
 * Payload's own error, whose message lists the fields (the admin's message on screen reads it so)
 * and whose data holds each field's explanation, shown next to the field.
 */
export function refusal(req: PayloadRequest, collection: string | undefined, problems: FieldProblem[]): ValidationError {
  const error = new ValidationError({ collection, errors: problems, req }, req.t)
  // Logged as information, not as a server error (config loggingLevels), also where bundling renames the class.
  error.name = 'ValidationError'
  return error
}

export function refuse(req: PayloadRequest, collection: string | undefined, problems: FieldProblem[]): never {
  throw refusal(req, collection, problems)
}

/** A 400 about the request as a whole (an id, a filter), with its message in the person's language. */
export class BadRequest extends APIError {
  constructor(message: string) {
    super(message, 400, null, true)
    // Logged as information (config loggingLevels), also where bundling renames the class.
    this.name = 'BadRequest'
  }
}
