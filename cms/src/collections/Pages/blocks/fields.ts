import { label } from '../../../i18n'

/** The heading most blocks start with. */
export const heading = (required = true) => ({ name: 'heading', type: 'text', label: label('blockHeading'), required }) as const
