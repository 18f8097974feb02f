'use client'
/** "Widgets for partners" in the admin's navigation, after the collections. */
import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import { useVictorT } from '../adminApi'
import { WIDGETS_VIEW_PATH } from './path'

export function WidgetsNavLink() {
  const t = useVictorT()
  const { config } = useConfig()
  const pathname = usePathname()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: WIDGETS_VIEW_PATH })
  const label = <span className="nav__link-label">{t('widgetsTitle')}</span>
  if (pathname === href) {
    return (
      <div className="nav__link" aria-current="page">
        <div className="nav__link-indicator" />
        {label}
      </div>
    )
  }
  return (
    <Link className="nav__link" href={href} prefetch={false}>
      {label}
    </Link>
  )
}
