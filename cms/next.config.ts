import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { securityHeaders } from './src/security/headers'

const nextConfig: NextConfig = {
  transpilePackages: ['@victor/shared'],
  // libxml2 compiled to WebAssembly (XLIFF imports), loaded from its package rather than bundled.
  serverExternalPackages: ['libxml2-wasm'],
  // The admin never needs Next's image optimiser; uploads are resized by Payload with sharp.
  images: { unoptimized: true },
  poweredByHeader: false,
  headers: async () => [{ source: '/:path*', headers: securityHeaders({ serverUrl: process.env.PAYLOAD_PUBLIC_SERVER_URL }) }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
