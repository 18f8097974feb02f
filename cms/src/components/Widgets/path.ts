/** The admin view's path below /admin (payload.config.ts registers it, the navigation links it). */
export const WIDGETS_VIEW_PATH = '/widgets'
