import type { CollectionConfig, FieldAccess } from 'payload'
import { locales } from '@victor/shared'
import { anyOf } from '../../access/anyOf'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isAdminOrCoordinator } from '../../access/isAdminOrCoordinator'
import { isSelfOrAdmin } from '../../access/isSelfOrAdmin'
import { roles } from '../../access/roles'
import { localeOptions } from '../../fields/localeOptions'
import { adminLanguageOf, label, labels, staticLabel, translate } from '../../i18n'
import { relationIds } from '../../utilities/relationId'
import { clearDemoPasswordOnReset, demoPasswordField, recordDemoPassword } from './demoPassword'
import { keepAdministratorAccount, keepAdministratorRole } from './keepAnAdministrator'
import { openAdminInOwnLanguage } from './openAdminInOwnLanguage'
import { checkPassword } from './passwordPolicy'

/** The admin languages, each by its own name: those of the content locales. */
const languageOptions = locales.map((locale) => ({ label: locale.nativeName, value: adminLanguageOf(locale.code) }))

/** Only admins give roles and responsibilities; everyone else sees theirs read-only. */
const onlyAdminChanges: { create: FieldAccess; update: FieldAccess } = {
  create: isAdminField,
  update: isAdminField,
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: labels('user', 'users'),
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Over https the sign-in cookie is never sent in clear.
    cookies: { secure: Boolean(process.env.PAYLOAD_PUBLIC_SERVER_URL?.startsWith('https://')), sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'countries', 'translationLocales'],
    group: staticLabel('groupSetup'),
  },
  access: {
    read: anyOf(isAdminOrCoordinator, isSelfOrAdmin),
    create: isAdmin,
    update: isSelfOrAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [checkPassword],
    afterOperation: [clearDemoPasswordOnReset],
    afterLogin: [openAdminInOwnLanguage],
    beforeChange: [keepAdministratorRole, recordDemoPassword],
    beforeDelete: [keepAdministratorAccount],
  },
  fields: [
    { name: 'name', type: 'text', label: label('name'), required: true },
    {
      name: 'role',
      type: 'select',
      label: label('role'),
      required: true,
      defaultValue: 'editor',
      access: onlyAdminChanges,
      options: roles.map((role) => ({ label: label(`role_${role}`), value: role })),
      admin: { description: label('roleHelp') },
    },
    {
      name: 'countries',
      type: 'relationship',
      label: label('userCountries'),
      relationTo: 'countries',
      hasMany: true,
      access: onlyAdminChanges,
      admin: {
        condition: (data) => data?.role === 'editor',
        description: label('userCountriesHelp'),
        components: { Cell: '/components/RelationTitlesCell#RelationTitlesCell' },
      },
      validate: (value, { siblingData, req }) => {
        if ((siblingData as { role?: string }).role === 'editor' && relationIds(value).length === 0) {
          return translate(req.t, 'errorEditorNeedsCountry')
        }
        return true
      },
    },
    {
      name: 'translationLocales',
      type: 'select',
      label: label('userLocales'),
      hasMany: true,
      options: localeOptions,
      access: onlyAdminChanges,
      admin: {
        condition: (data) => data?.role === 'translator',
        description: label('userLocalesHelp'),
      },
      validate: (value, { siblingData, req }) => {
        if ((siblingData as { role?: string }).role === 'translator' && (!Array.isArray(value) || value.length === 0)) {
          return translate(req.t, 'errorTranslatorNeedsLocale')
        }
        return true
      },
    },
    {
      name: 'language',
      type: 'select',
      label: label('userLanguage'),
      required: true,
      defaultValue: 'en',
      options: languageOptions,
      admin: { description: label('userLanguageHelp') },
    },
    demoPasswordField,
  ],
}
