import { DEFAULT_WIDGETS_URL } from '@victor/shared/widgets'

/** The widgets origin partners embed from: VICTOR_WIDGETS_URL (`pnpm start` sets it from SITES_PORT). */
export const widgetsUrl = (): string => (process.env.VICTOR_WIDGETS_URL || DEFAULT_WIDGETS_URL).replace(/\/+$/, '')
