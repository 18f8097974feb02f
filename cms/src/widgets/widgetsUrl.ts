import { DEFAULT_WIDGETS_URL } from '@victor/shared/widgets'

/**
 * The widgets origin partners embed from: VICTOR_WIDGETS_URL (`pnpm start` sets it from
 * SITES_PORT). A value that is not a web address stops the CMS at startup, naming the variable.
 */
export function widgetsUrl(env: Record<string, string | undefined> = process.env): string {
  const value = (env.VICTOR_WIDGETS_URL || DEFAULT_WIDGETS_URL).replace(/\/+$/, '')
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new Error(`VICTOR_WIDGETS_URL must be the web address the widgets are served at, such as https://widgets.example.org (it is "${env.VICTOR_WIDGETS_URL}")`)
  }
  return value
}
