import { Extension } from '@tiptap/react';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    textAlign: {
      setTextAlign: (alignment: 'left' | 'center' | 'right' | 'justify') => ReturnType;
      unsetTextAlign: () => ReturnType;
    };
  }
}

const ALIGNMENTS = ['left', 'center', 'right', 'justify'];

/**
 * Paragraph alignment, as imported letters carry it (`attrs.textAlign`).
 * A small local extension: @tiptap/extension-text-align pins an older
 * @tiptap/core than the other TipTap packages.
 */
export const TextAlign = Extension.create({
  name: 'textAlign',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: {
          textAlign: {
            default: null,
            parseHTML: (element) => (ALIGNMENTS.includes(element.style.textAlign) ? element.style.textAlign : null),
            renderHTML: (attributes) => (attributes.textAlign ? { style: `text-align: ${String(attributes.textAlign)}` } : {}),
          },
        },
      },
    ];
  },
  addCommands() {
    return {
      setTextAlign:
        (alignment) =>
        ({ commands }) =>
          commands.updateAttributes('paragraph', { textAlign: alignment }),
      unsetTextAlign:
        () =>
        ({ commands }) =>
          commands.resetAttributes('paragraph', 'textAlign'),
    };
  },
});
