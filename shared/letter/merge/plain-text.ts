import type { BlockNode, ConditionTest, InlineNode, LetterDocument } from '../document';

/*
 * A document as plain text, for previews, diffs and tests: blocks separated
 * by a blank line, hard breaks as line breaks, list items prefixed "• " or
 * "1. " (nested items indented), quotes prefixed "> ", a page break as a form
 * feed. Letterdesk nodes of an unmerged template show as placeholders:
 * "{recipient.name}", "{gender: female "Her" | male "His" | other ""}",
 * "{fact:abc}", and a condition as "[if …]" … "[end if]".
 */

export function plainText(doc: LetterDocument): string {
  return blocksText(doc.content);
}

function blocksText(blocks: readonly BlockNode[]): string {
  return blocks.map(blockText).join('\n\n');
}

function blockText(block: BlockNode): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content);
    case 'bulletList':
      return block.content.map((item) => prefixed('• ', blocksText(item.content))).join('\n');
    case 'orderedList': {
      const start = block.attrs?.start ?? 1;
      return block.content.map((item, i) => prefixed(`${start + i}. `, blocksText(item.content))).join('\n');
    }
    case 'blockquote':
      return blocksText(block.content)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'pageBreak':
      return '\f';
    case 'condition':
      return [`[if ${block.attrs.negate ? 'not ' : ''}${testText(block.attrs.test)}]`, blocksText(block.content), '[end if]'].join('\n');
  }
}

/** The first line after the prefix, the others indented under it. */
function prefixed(prefix: string, text: string): string {
  const indent = ' '.repeat(prefix.length);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? prefix + line : line ? indent + line : line))
    .join('\n');
}

function testText(test: ConditionTest): string {
  switch (test.kind) {
    case 'officeType':
    case 'language':
      return `${test.kind} in ${test.in.join(', ')}`;
    case 'group':
      return `member of ${test.group}`;
  }
}

function inlineText(nodes: readonly InlineNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.text;
        case 'hardBreak':
          return '\n';
        case 'mergeField':
          return `{${node.attrs.field}${node.attrs.format ? `|${node.attrs.format}` : ''}}`;
        case 'fact':
          return `{fact:${node.attrs.factId}}`;
        case 'choice': {
          const { by, options, other } = node.attrs;
          const shown = Object.entries(options as Record<string, string | undefined>)
            .filter((entry): entry is [string, string] => entry[1] !== undefined)
            .map(([key, text]) => `${key} ${JSON.stringify(text)}`);
          return `{${by}: ${[...shown, `other ${JSON.stringify(other ?? '')}`].join(' | ')}}`;
        }
      }
    })
    .join('');
}
