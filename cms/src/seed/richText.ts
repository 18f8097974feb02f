/**
 * Plain demo paragraphs to Lexical's JSON, the format Payload's rich text fields store.
 * `**phrase**` becomes bold; nothing else is parsed.
 */
type TextNode = { type: 'text'; text: string; format: number; detail: 0; mode: 'normal'; style: ''; version: 1 }

const BOLD = 1

function textNodes(paragraph: string): TextNode[] {
  return paragraph
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => {
      const bold = part.startsWith('**') && part.endsWith('**')
      return {
        type: 'text',
        text: bold ? part.slice(2, -2) : part,
        format: bold ? BOLD : 0,
        detail: 0,
        mode: 'normal',
        style: '',
        version: 1,
      }
    })
}

export function paragraphsToLexical(paragraphs: string[], direction: 'ltr' | 'rtl' = 'ltr') {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction,
      children: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction,
        textFormat: 0,
        textStyle: '',
        children: textNodes(paragraph),
      })),
    },
  }
}
