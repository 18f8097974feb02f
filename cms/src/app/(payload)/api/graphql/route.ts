import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guarded } from '../../../../api/requestGuard'

export const POST = guarded(GRAPHQL_POST(config), { graphql: true })
export const OPTIONS = REST_OPTIONS(config)
