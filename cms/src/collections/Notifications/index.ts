import type { Access, CollectionConfig } from 'payload'
import { currentUser } from '../../access/roles'
import { label, labels, staticLabel } from '../../i18n'

/** Each person sees, marks as read and deletes only their own notifications. */
const ownNotifications: Access = ({ req }) => {
  const user = currentUser(req)
  return user ? { recipient: { equals: user.id } } : false
}

export const notificationKinds = ['review-requested', 'review-published', 'review-sent-back', 'build-failed'] as const
export type NotificationKind = (typeof notificationKinds)[number]

/**
 * What the CMS tells a person in the admin: their page went live or was sent back, a render of
 * their change failed. Written by the CMS only (notifications/notify.ts), in the recipient's
 * admin language, and shown in the header and on the dashboard.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: labels('notification', 'notifications'),
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'createdAt', 'read'],
    group: staticLabel('groupPublishing'),
    description: label('notificationsHelp'),
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: { read: ownNotifications, create: () => false, update: ownNotifications, delete: ownNotifications },
  fields: [
    // Written by the CMS only, like the link and kind: a recipient marks it read, never rewrites it.
    {
      name: 'message',
      type: 'text',
      label: label('notificationMessage'),
      required: true,
      admin: { readOnly: true, components: { Cell: '/components/NotificationCell#NotificationCell' } },
      access: { update: () => false },
    },
    { name: 'read', type: 'checkbox', label: label('notificationRead'), defaultValue: false, index: true },
    {
      name: 'link',
      type: 'text',
      label: label('notificationLink'),
      admin: { readOnly: true },
      access: { update: () => false },
    },
    {
      name: 'kind',
      type: 'select',
      label: label('notificationKind'),
      required: true,
      options: notificationKinds.map((kind) => ({ label: label(`notificationKind_${kind}`), value: kind })),
      admin: { readOnly: true },
      access: { update: () => false },
    },
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: label('notificationRecipient'),
      admin: { readOnly: true, hidden: true },
      access: { update: () => false },
    },
  ],
}
