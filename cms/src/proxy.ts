/**
 * Each admin page gets a Content-Security-Policy with its own nonce (security/headers.ts). Next
 * reads the policy from the request to put the nonce on the scripts it writes into the page.
 */
import { NextResponse, type NextRequest } from 'next/server'
import { adminContentSecurityPolicy } from './security/headers'
import { widgetsUrl } from './widgets/widgetsUrl'

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID())
  const policy = adminContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development', widgetsUrl: widgetsUrl() })
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // The admin's pages; not its scripts and styles, nor the API and the preview pages (which carry the sites' own policy).
  matcher: [
    {
      source: '/admin/:path*',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
