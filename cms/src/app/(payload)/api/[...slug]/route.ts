import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { guarded } from '../../../../api/requestGuard'
import { databaseKind } from '../../../../database'

const guard = { numericIds: databaseKind(process.env.DATABASE_URL) === 'sqlite' }

export const GET = guarded(REST_GET(config), guard)
export const POST = guarded(REST_POST(config), guard)
export const DELETE = guarded(REST_DELETE(config), guard)
export const PATCH = guarded(REST_PATCH(config), guard)
export const PUT = guarded(REST_PUT(config), guard)
export const OPTIONS = REST_OPTIONS(config)
