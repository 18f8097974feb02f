import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

/** What campaign text may contain on a site: structure and emphasis, links, nothing active. */
const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'code', 'ul', 'ol', 'li', 'blockquote', 'a', 'br', 'hr'],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'], li: ['value'] },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  transformTags: {
    // Headings inside a page's text sit below the page title and block headings.
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { href: attribs.href ?? '#', ...(isExternal(attribs.href) ? { rel: 'noopener noreferrer' } : {}) } }),
  },
}

function isExternal(href: string | undefined): boolean {
  return Boolean(href && /^https?:/i.test(href))
}

/**
 * Rich text to the HTML the sites embed: Payload's Lexical converter, then a kept sanitiser,
 * so nothing an editor pastes (scripts, styles, event handlers, iframes) reaches a visitor.
 */
export function richTextToHtml(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const html = convertLexicalToHTML({ data: value as never, disableContainer: true, disableIndent: true, disableTextAlign: true })
  return sanitizeHtml(html, allowed).trim()
}
