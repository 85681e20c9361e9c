import { builtinModules } from 'node:module';
import path from 'node:path';

/*
 * A layer boundary as an allowlist: what a folder MAY import, so a new
 * import cannot slip past a list of what it may not. ESLint's own
 * no-restricted-imports is a denylist and matches specifiers as written, so it
 * cannot tell where "../../x" lands; this rule resolves relative specifiers
 * against the importing file and checks the folder they land in.
 */

const BUILTINS = new Set(builtinModules);

/** "@mantine/core/styles.css" → "@mantine/core"; "zod/v4" → "zod". */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** "@mantine/*" matches every package of that scope; "*" matches every package. */
function matchesPackage(name, patterns) {
  return patterns.some((p) => p === '*' || p === name || (p.endsWith('/*') && name.startsWith(p.slice(0, -1))));
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Allow only the listed folders and packages to be imported from this layer.' },
    schema: [
      {
        type: 'object',
        properties: {
          /** Repo-relative folders a relative import may land in. */
          folders: { type: 'array', items: { type: 'string' } },
          /** Folders inside those that are still refused (a face inside electron/, say). */
          denyFolders: { type: 'array', items: { type: 'string' } },
          /** npm packages (or "@scope/*", or "*") that may be imported. */
          packages: { type: 'array', items: { type: 'string' } },
          denyPackages: { type: 'array', items: { type: 'string' } },
          /** Node's built-in modules (node:fs, path, ...). */
          nodeBuiltins: { type: 'boolean' },
          layer: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { folders = [], denyFolders = [], packages = [], denyPackages = [], nodeBuiltins = false, layer = 'This folder' } = context.options[0] ?? {};
    const root = context.cwd;
    const inside = (file, folder) => {
      const rel = path.relative(path.join(root, folder), file);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    };

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      let refusal = null;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = path.resolve(path.dirname(context.filename), specifier);
        const allowed = folders.some((f) => inside(target, f)) && !denyFolders.some((f) => inside(target, f));
        if (!allowed) refusal = `${path.relative(root, target)} is outside what ${layer} may import (${folders.join(', ')})`;
      } else if (specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0])) {
        if (!nodeBuiltins) refusal = `Node's ${specifier} is not available to ${layer}`;
      } else {
        const name = packageOf(specifier);
        if (!matchesPackage(name, packages) || matchesPackage(name, denyPackages)) refusal = `the package ${name} is not on ${layer}'s list`;
      }
      if (refusal) context.report({ node, message: `${refusal}. See "Design" in the README.` });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal')
          check(node.arguments[0], node.arguments[0].value);
      },
    };
  },
};

export default { rules: { 'allowed-imports': rule } };
