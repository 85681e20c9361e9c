import type { AnyExtension } from '@tiptap/react';
import { Link } from '@mantine/tiptap';
import StarterKit from '@tiptap/starter-kit';
import { Choice } from './choice';
import { Condition } from './condition';
import { FactNode } from './fact';
import { MergeField } from './merge-field';
import { PageBreak } from './page-break';
import { TextAlign } from './text-align';

/** Web and mail links only: a letter never links to a local file or a script. */
export const isAllowedHref = (href: string): boolean => /^(https?:\/\/\S+|mailto:\S+)$/i.test(href.trim());

/**
 * Exactly the nodes and marks of the letter document model
 * (shared/letter/document.ts): what the editor can make, the schema accepts.
 * Code, strikethrough and horizontal rules are left out for that reason.
 */
export function letterExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      link: false,
      heading: { levels: [1, 2, 3] },
    }),
    Link.configure({
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['http', 'https', 'mailto'],
      isAllowedUri: isAllowedHref,
    }),
    TextAlign,
    MergeField,
    Choice,
    FactNode,
    Condition,
    PageBreak,
  ];
}
