/**
 * The API's answer to a request that is not shaped like one it can read, before Payload sees it:
 * a body that is not JSON or multipart, JSON that is not a document (an array, a number), nested
 * deeper than any document is, or larger than any document may be; multipart without a boundary
 * or with a `_payload` that is not a JSON document. Payload would answer these with a 500. What the
 * content means (ids, filters, fields) is judged inside Payload, by the collections' hooks.
 */
import { victorTranslations } from '../i18n'

export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024
/** Deeper than any document (blocks in blocks in rich text) and any filter the admin sends. */
export const MAX_JSON_DEPTH = 64

const withBody = new Set(['POST', 'PATCH', 'PUT'])

const TOO_LARGE = `The request body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB; files are uploaded as multipart/form-data`

function problem(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status })
}

/** How deep `text`'s arrays and objects nest, counted without parsing (so without recursion). */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth)
    else if (char === '}' || char === ']') depth--
  }
  return deepest
}

/** The reason a JSON text is not a document the API can take, or undefined. */
export function jsonDocumentProblem(text: string, what: string, options: { arrays?: boolean } = {}): string | undefined {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return `${what} nests deeper than ${MAX_JSON_DEPTH} levels`
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return `${what} is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`
  }
  const isObject = typeof value === 'object' && value !== null
  if (!isObject || (Array.isArray(value) && !options.arrays)) return `${what} must be a JSON object, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`
  return undefined
}

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

export interface GuardOptions {
  graphql?: boolean
  /** Ids are whole numbers (SQL databases): Payload would read `/api/pages/12abc` as page 12. */
  numericIds?: boolean
}

/** `/api/<collection>/<id>...` whose id starts like a number but is not one. */
function pathIdProblem(url: string): string | undefined {
  const segment = new URL(url).pathname.split('/')[3]
  if (!segment || !/^\d/.test(segment) || /^\d+$/.test(segment)) return undefined
  // Answered before Payload knows the person's language: in English, in the words the CMS uses.
  return victorTranslations.en.victor.errorNotId.replace('{{value}}', decodeURIComponent(segment).slice(0, 80))
}

/** An answer for a request that cannot be read, or undefined to let Payload handle it. */
export async function guardApiRequest(request: Request, options: GuardOptions = {}): Promise<Response | undefined> {
  const badId = options.numericIds ? pathIdProblem(request.url) : undefined
  if (badId) return problem(400, badId)
  if (!withBody.has(request.method)) return undefined
  const type = mediaType(request)
  const declared = Number(request.headers.get('content-length') ?? NaN)

  if (type === 'multipart/form-data') {
    if (!/boundary=/i.test(request.headers.get('content-type') ?? '')) return problem(400, 'The multipart body has no boundary: let the HTTP library set the Content-Type of FormData itself')
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return problem(400, 'The multipart body could not be read: it does not match its boundary')
    }
    const data = form.get('_payload')
    if (typeof data === 'string') {
      const found = jsonDocumentProblem(data, 'The _payload field')
      if (found) return problem(400, found)
    }
    return undefined
  }

  if (declared > MAX_JSON_BODY_BYTES) return problem(413, TOO_LARGE)
  const text = await request.clone().text()
  if (text.length > MAX_JSON_BODY_BYTES) return problem(413, TOO_LARGE)
  if (!text.trim()) return request.method === 'POST' ? undefined : problem(400, `A ${request.method} needs a body: the fields to change, as a JSON object`)
  // Payload's admin sends a long query as a form-encoded POST that it reads as a GET.
  if (type === 'application/x-www-form-urlencoded' && request.headers.get('x-payload-http-method-override')?.toUpperCase() === 'GET') return undefined
  if (type !== 'application/json' && !type.endsWith('+json')) {
    return problem(415, `The body is sent as ${type || 'no content type'}: send JSON with Content-Type: application/json${options.graphql ? '' : ', or multipart/form-data with the document in _payload'}`)
  }
  const found = jsonDocumentProblem(text, 'The body', { arrays: options.graphql })
  return found ? problem(400, found) : undefined
}

type Handler<Args extends unknown[]> = (request: Request, ...rest: Args) => Promise<Response>

/** Payload's route handler behind the guard. */
export function guarded<Args extends unknown[]>(handler: Handler<Args>, options: GuardOptions = {}): Handler<Args> {
  return async (request, ...rest) => (await guardApiRequest(request, options)) ?? handler(request, ...rest)
}
