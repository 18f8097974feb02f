/**
 * The API's answer to a request that is not shaped like one it can read, before Payload sees it:
 * a body that is not JSON or multipart, JSON that is not a document (an array, a number), nested
 * deeper than any document is, or larger than any document may be; multipart without a boundary
 * or with a `_payload` that is not a JSON document. Payload would answer these with a 500. What the
 * content means (ids, filters, fields) is judged inside Payload, by the collections' hooks.
 */
import { requestLanguage, translateTo, type AdminLanguage, type VictorKey } from '../i18n'

export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024
/** Deeper than any document (blocks in blocks in rich text) and any filter the admin sends. */
export const MAX_JSON_DEPTH = 64

const withBody = new Set(['POST', 'PATCH', 'PUT'])

/** Why a request cannot be read: a message key and its values, answered in the person's language. */
interface Problem {
  status: number
  key: VictorKey
  vars?: Record<string, string | number>
}

const tooLarge: Problem = { status: 413, key: 'errorRequestTooLarge', vars: { limit: MAX_JSON_BODY_BYTES / 1024 / 1024 } }

/** A translated XLIFF file (translations/endpoints.ts) is the one body that is XML, and only on its own route. */
export const XLIFF_IMPORT_ROUTE = '/api/translations/import'
export const XLIFF_BODY_TYPES = new Set(['application/xliff+xml', 'application/x-xliff+xml', 'application/xml', 'text/xml'])
export const MAX_XLIFF_BODY_BYTES = 16 * 1024 * 1024
const xliffTooLarge: Problem = { status: 413, key: 'errorXliffImportTooLarge', vars: { limit: MAX_XLIFF_BODY_BYTES / 1024 / 1024 } }

function answer({ status, key, vars }: Problem, language: AdminLanguage): Response {
  return Response.json({ errors: [{ message: translateTo(language, key, vars) }] }, { status })
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

const documentKeys = {
  body: { tooDeep: 'errorRequestTooDeep', notJson: 'errorRequestNotJson', notObject: 'errorRequestNotObject' },
  formPayload: { tooDeep: 'errorFormPayloadTooDeep', notJson: 'errorFormPayloadNotJson', notObject: 'errorFormPayloadNotObject' },
} as const

/** Why a JSON text (the body, or a form's `_payload`) is not a document the API can take, or undefined. */
function jsonDocumentProblem(text: string, part: keyof typeof documentKeys, options: { arrays?: boolean } = {}): Problem | undefined {
  const keys = documentKeys[part]
  if (jsonDepth(text) > MAX_JSON_DEPTH) return { status: 400, key: keys.tooDeep, vars: { limit: MAX_JSON_DEPTH } }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { status: 400, key: keys.notJson, vars: { reason: error instanceof Error ? error.message : 'unreadable' } }
  }
  const isObject = typeof value === 'object' && value !== null
  if (isObject && (options.arrays || !Array.isArray(value))) return undefined
  // The JSON type's own name: the same in every language.
  return { status: 400, key: keys.notObject, vars: { found: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value } }
}

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

export interface GuardOptions {
  graphql?: boolean
  /** Ids are whole numbers (SQL databases): Payload would read `/api/pages/12abc` as page 12. */
  numericIds?: boolean
}

/** `/api/<collection>/<id>...` whose id starts like a number but is not one. */
function pathIdProblem(url: string): Problem | undefined {
  const segment = new URL(url).pathname.split('/')[3]
  if (!segment || !/^\d/.test(segment) || /^\d+$/.test(segment)) return undefined
  return { status: 400, key: 'errorNotId', vars: { value: decodeURIComponent(segment).slice(0, 80) } }
}

async function requestProblem(request: Request, options: GuardOptions): Promise<Problem | undefined> {
  const badId = options.numericIds ? pathIdProblem(request.url) : undefined
  if (badId) return badId
  if (!withBody.has(request.method)) return undefined
  const type = mediaType(request)
  const declared = Number(request.headers.get('content-length') ?? NaN)

  if (type === 'multipart/form-data') {
    if (!/boundary=/i.test(request.headers.get('content-type') ?? '')) return { status: 400, key: 'errorFormNoBoundary' }
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return { status: 400, key: 'errorFormUnreadable' }
    }
    const data = form.get('_payload')
    return typeof data === 'string' ? jsonDocumentProblem(data, 'formPayload') : undefined
  }

  if (request.method === 'POST' && XLIFF_BODY_TYPES.has(type) && new URL(request.url).pathname === XLIFF_IMPORT_ROUTE) {
    if (declared > MAX_XLIFF_BODY_BYTES) return xliffTooLarge
    return (await request.clone().text()).length > MAX_XLIFF_BODY_BYTES ? xliffTooLarge : undefined
  }

  if (declared > MAX_JSON_BODY_BYTES) return tooLarge
  const text = await request.clone().text()
  if (text.length > MAX_JSON_BODY_BYTES) return tooLarge
  if (!text.trim()) return request.method === 'POST' ? undefined : { status: 400, key: 'errorRequestNeedsBody', vars: { method: request.method } }
  // Payload's admin sends a long query as a form-encoded POST that it reads as a GET.
  if (type === 'application/x-www-form-urlencoded' && request.headers.get('x-payload-http-method-override')?.toUpperCase() === 'GET') return undefined
  if (!type) return { status: 415, key: 'errorRequestNoContentType' }
  if (type !== 'application/json' && !type.endsWith('+json')) return { status: 415, key: options.graphql ? 'errorGraphqlWrongType' : 'errorRequestWrongType', vars: { type } }
  return jsonDocumentProblem(text, 'body', { arrays: options.graphql })
}

/** An answer for a request that cannot be read, in the person's language, or undefined to let Payload handle it. */
export async function guardApiRequest(request: Request, options: GuardOptions = {}): Promise<Response | undefined> {
  const problem = await requestProblem(request, options)
  return problem && answer(problem, requestLanguage(request.headers))
}

type Handler<Args extends unknown[]> = (request: Request, ...rest: Args) => Promise<Response>

/** Payload's route handler behind the guard. */
export function guarded<Args extends unknown[]>(handler: Handler<Args>, options: GuardOptions = {}): Handler<Args> {
  return async (request, ...rest) => (await guardApiRequest(request, options)) ?? handler(request, ...rest)
}
