/*
 * One convention for a module's opening comment: its imports come first,
 * then a block comment saying what the module is for and why. A comment
 * above the imports, or the same text as a run of // lines, is refused.
 * Tool directives (eslint-disable, @ts-…, a shebang) are not opening comments.
 */

const DIRECTIVE = /^\s*(eslint|global|@ts-|prettier-ignore|#!)/;

const rule = {
  meta: {
    type: 'suggestion',
    docs: { description: "A module's opening comment is a /* */ block right after its imports." },
    schema: [],
  },
  create(context) {
    return {
      Program(program) {
        const source = context.sourceCode;
        const imports = program.body.filter((node) => node.type === 'ImportDeclaration');
        if (imports.length === 0) return;
        const firstImport = imports[0];
        const comments = source.getAllComments().filter((c) => !DIRECTIVE.test(c.value));
        for (const comment of comments) {
          if (comment.range[1] <= firstImport.range[0]) {
            context.report({ loc: comment.loc, message: "Put the module's opening comment after its imports, as a /* */ block." });
          }
        }
        // The first comment after the leading imports: a run of two or more // lines standing alone is the opening comment written the other way.
        const lastImport = imports.findLast((node) => program.body.indexOf(node) === imports.indexOf(node));
        const after = comments.filter((c) => c.range[0] >= lastImport.range[1]);
        const [first, second] = after;
        const next = program.body.find((node) => node.range[0] >= lastImport.range[1]);
        const isRun = first && second && first.type === 'Line' && second.type === 'Line' && second.loc.start.line === first.loc.end.line + 1;
        if (isRun && (!next || next.loc.start.line > second.loc.end.line + 1)) {
          let end = second;
          for (const c of after.slice(2)) {
            if (c.type === 'Line' && c.loc.start.line === end.loc.end.line + 1) end = c;
            else break;
          }
          if (!next || next.loc.start.line > end.loc.end.line + 1) {
            context.report({ loc: first.loc, message: "Write the module's opening comment as a /* */ block, not // lines." });
          }
        }
      },
    };
  },
};

export default { rules: { 'opening-comment': rule } };
