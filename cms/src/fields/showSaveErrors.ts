/** A field's `admin.components` that show a refused save next to the field at once, drafts included (components/FieldSaveError.tsx). */
export const showSaveErrors = { Error: '/components/FieldSaveError#FieldSaveError' } as const
