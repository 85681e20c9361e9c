import * as path from 'node:path';
import * as fs from 'node:fs';
import ts from 'typescript';

/*
 * Reads every sentence the core can send as an ApiError's `message`, from the
 * source (TypeScript's own parser and type checker), so a test can hold the
 * renderer's "server" catalogue to it. A sink is the message argument of
 * `new ApiFailure(code, message)` (or a subclass such as CsvImportError), or
 * the `message` of an `{ code, message }` error object. A message passed
 * through helpers (`refuse('code', '…')`, `archiveFailure(…)`, `tooLarge(what)`)
 * is followed back to each call site, constants are inlined, and a
 * `cond ? 'a' : 'b'` gives one sentence per branch. What cannot be known
 * statically (a name, a number, an OS error) becomes a hole.
 */

export type Part = string | { hole: string };
export interface ScannedMessage {
  /** Repository-relative file where the sentence is written (the helper's caller when it goes through one), and its line. */
  file: string;
  /** The file of the `new ApiFailure(…)` or `{ code, message }` it ends in. */
  sink: string;
  line: number;
  parts: Part[];
}

const ROOT = path.resolve(__dirname, '../..');
const API_ERROR_CODES = new Set(['invalid_input', 'not_found', 'conflict', 'unknown_operation', 'workspace_unavailable', 'workspace_read_only', 'internal']);

class NeedsCaller extends Error {
  constructor(readonly fn: ts.SignatureDeclaration) {
    super('needs caller');
  }
}

/** The call site chosen for each function on the way to a sink; `null` when it has none to follow (its parameters are holes). */
type Frames = ReadonlyMap<ts.Node, readonly ts.Expression[] | null>;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.join(dir, file));
}

export function scanServerMessages(dir = 'electron/core'): ScannedMessage[] {
  const files = sourceFiles(path.join(ROOT, dir));
  // Only the project's own files: libraries' types are not needed to follow a message, and parsing them is slow.
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noLib: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => !file.includes('node_modules') && fileExists(file);
  const program = ts.createProgram(files, options, host);
  const checker = program.getTypeChecker();
  const ours = program.getSourceFiles().filter((file) => !file.isDeclarationFile && !file.fileName.includes('node_modules'));

  const symbolOf = (node: ts.Node): ts.Symbol | undefined => {
    const symbol = checker.getSymbolAtLocation(node);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  };

  /** Classes whose constructor takes (…, message) and passes it to ApiFailure: ApiFailure itself and its subclasses. */
  const isFailureClass = (symbol: ts.Symbol | undefined): boolean => {
    const declaration = symbol?.declarations?.find(ts.isClassDeclaration);
    if (!declaration) return false;
    if (declaration.name?.text === 'ApiFailure') return true;
    const base = declaration.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    return base !== undefined && isFailureClass(symbolOf(base));
  };

  const callSites = new Map<ts.Symbol, ts.CallExpression[]>();
  const visitAll = (visit: (node: ts.Node) => void) => {
    for (const file of ours) {
      const walk = (node: ts.Node) => {
        visit(node);
        ts.forEachChild(node, walk);
      };
      walk(file);
    }
  };
  visitAll((node) => {
    if (!ts.isCallExpression(node)) return;
    const symbol = symbolOf(ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression);
    if (symbol) callSites.set(symbol, [...(callSites.get(symbol) ?? []), node]);
  });

  /** The symbol a function is called by: its own name, or the const it is assigned to. */
  const functionSymbol = (fn: ts.SignatureDeclaration): ts.Symbol | undefined => {
    if (fn.name) return symbolOf(fn.name);
    if (ts.isVariableDeclaration(fn.parent)) return symbolOf(fn.parent.name);
    return undefined;
  };

  const functionOf = (node: ts.Node | undefined): ts.SignatureDeclaration | undefined => {
    if (!node) return undefined;
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return node;
    if (ts.isVariableDeclaration(node) && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) {
      return node.initializer;
    }
    return undefined;
  };

  const isOurs = (node: ts.Node) => !node.getSourceFile().isDeclarationFile && !node.getSourceFile().fileName.includes('node_modules');

  const product = (lists: Part[][][]): Part[][] => lists.reduce<Part[][]>((acc, list) => acc.flatMap((left) => list.map((right) => [...left, ...right])), [[]]);

  const hole = (node: ts.Node): Part[][] => [[{ hole: node.getText().slice(0, 40) }]];

  function returned(fn: ts.SignatureDeclaration, args: readonly ts.Expression[], frames: Frames): Part[][] {
    const body = (fn as ts.FunctionLikeDeclaration).body;
    if (!body) return [];
    const inner = new Map(frames).set(fn, args);
    if (!ts.isBlock(body)) return evaluate(body as ts.Expression, inner);
    const results: Part[][] = [];
    const walk = (node: ts.Node) => {
      if (ts.isReturnStatement(node) && node.expression) results.push(...evaluate(node.expression, inner));
      else if (!ts.isFunctionLike(node)) ts.forEachChild(node, walk);
    };
    walk(body);
    return results;
  }

  /** A property of an object literal that a parameter was bound to (`refusals.none`). */
  function boundProperty(access: ts.PropertyAccessExpression, frames: Frames): { node: ts.Expression; frames: Frames } | undefined {
    const object = evaluateToNode(access.expression, frames);
    if (!object || !ts.isObjectLiteralExpression(object.node)) return undefined;
    const property = object.node.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === access.name.text);
    if (property && ts.isPropertyAssignment(property)) return { node: property.initializer, frames: object.frames };
    return undefined;
  }

  /** Follows a parameter to the argument it is bound to. */
  function evaluateToNode(expression: ts.Expression, frames: Frames): { node: ts.Expression; frames: Frames } | undefined {
    if (!ts.isIdentifier(expression)) return { node: expression, frames };
    const declaration = symbolOf(expression)?.valueDeclaration;
    if (declaration && ts.isParameter(declaration)) {
      const fn = declaration.parent;
      const args = frames.get(fn);
      if (args === undefined) throw new NeedsCaller(fn);
      const arg = args?.[fn.parameters.indexOf(declaration)];
      return arg ? evaluateToNode(arg, frames) : undefined;
    }
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
      return evaluateToNode(declaration.initializer, frames);
    }
    return undefined;
  }

  function evaluate(expression: ts.Expression, frames: Frames): Part[][] {
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [[expression.text]];
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) return evaluate(expression.expression, frames);
    if (ts.isConditionalExpression(expression)) return [...evaluate(expression.whenTrue, frames), ...evaluate(expression.whenFalse, frames)];
    if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const sides = [evaluate(expression.left, frames), evaluate(expression.right, frames)];
      // `n + 1` is a number, not two texts side by side.
      return sides.every((side) => side.every(isRelay)) ? hole(expression) : product(sides);
    }
    if (ts.isTemplateExpression(expression)) {
      const lists: Part[][][] = [[[expression.head.text]]];
      for (const span of expression.templateSpans) lists.push(evaluate(span.expression, frames), [[span.literal.text]]);
      return product(lists);
    }
    if (ts.isIdentifier(expression)) {
      const declaration = symbolOf(expression)?.valueDeclaration;
      if (declaration && ts.isParameter(declaration) && ts.isFunctionLike(declaration.parent)) {
        const fn = declaration.parent;
        const args = frames.get(fn);
        // A callback's parameter (`(n) => …` given to map) has no call site to follow: a hole.
        if (args === null || (args === undefined && !functionSymbol(fn) && !ts.isMethodDeclaration(fn))) return hole(expression);
        if (args === undefined) throw new NeedsCaller(fn);
        const arg = args[fn.parameters.indexOf(declaration)];
        if (arg) return evaluate(arg, frames);
        return declaration.initializer ? evaluate(declaration.initializer, frames) : hole(expression);
      }
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
        if (isOurs(declaration) && !functionOf(declaration)) return evaluate(declaration.initializer, frames);
      }
      return hole(expression);
    }
    if (ts.isPropertyAccessExpression(expression)) {
      const bound = boundProperty(expression, frames);
      return bound ? evaluate(bound.node, bound.frames) : hole(expression);
    }
    if (ts.isElementAccessExpression(expression)) {
      // `REASON_EN[weakness]` on a constant table: one sentence per entry.
      const table = evaluateToNode(expression.expression, frames);
      if (table && ts.isObjectLiteralExpression(table.node)) {
        const values = table.node.properties.filter(ts.isPropertyAssignment).flatMap((p) => evaluate(p.initializer, table.frames));
        if (values.length > 0) return values;
      }
      return hole(expression);
    }
    if (ts.isCallExpression(expression)) {
      const callee = expression.expression;
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'join' && ts.isArrayLiteralExpression(callee.expression)) {
        const separator = expression.arguments[0] ? evaluate(expression.arguments[0], frames) : [[',']];
        const items = callee.expression.elements.map((element) => (ts.isSpreadElement(element) ? hole(element) : evaluate(element, frames)));
        return product(items.flatMap((item, i) => (i === 0 ? [item] : [separator, item])));
      }
      if (ts.isPropertyAccessExpression(callee)) {
        const bound = boundProperty(callee, frames);
        const fn = bound && functionOf(bound.node);
        if (fn && bound) return returned(fn, expression.arguments, new Map(bound.frames).set(fn, expression.arguments));
      }
      const declaration = symbolOf(ts.isPropertyAccessExpression(callee) ? callee.name : callee)?.declarations?.[0];
      const fn = functionOf(declaration);
      if (fn && isOurs(fn)) {
        const values = returned(fn, expression.arguments, frames);
        if (values.length > 0) return values;
      }
      return hole(expression);
    }
    return hole(expression);
  }

  /**
   * Every sentence a sink can carry, each with the place its text is written
   * (the first call site followed, else the sink): callers are followed for
   * each parameter the message depends on.
   */
  function sentences(expression: ts.Expression, frames: Frames, site: ts.Node, depth = 0): { parts: Part[]; site: ts.Node }[] {
    try {
      return evaluate(expression, frames).map((parts) => ({ parts, site }));
    } catch (error) {
      if (!(error instanceof NeedsCaller) || depth > 8) throw error;
      const symbol = functionSymbol(error.fn);
      const calls = symbol ? (callSites.get(symbol) ?? []) : [];
      if (calls.length === 0) return sentences(expression, new Map(frames).set(error.fn, null), site, depth + 1);
      return calls.flatMap((call) => sentences(expression, new Map(frames).set(error.fn, call.arguments), depth === 0 ? call : site, depth + 1));
    }
  }

  const sinks: ts.Expression[] = [];
  visitAll((node) => {
    if (ts.isNewExpression(node) && isFailureClass(symbolOf(node.expression)) && node.arguments) {
      // ApiFailure(code, message); its subclasses take (reason, message) too.
      const message = node.arguments[1];
      if (message) sinks.push(message);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const prop = (name: string) =>
        node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name);
      const code = prop('code')?.initializer;
      const message = prop('message')?.initializer;
      if (code && message && (ts.isStringLiteral(code) ? API_ERROR_CODES.has(code.text) : false)) sinks.push(message);
    }
  });

  const seen = new Set<string>();
  const results: ScannedMessage[] = [];
  for (const sink of sinks) {
    for (const { parts, site } of sentences(sink, new Map(), sink)) {
      const file = path.relative(ROOT, site.getSourceFile().fileName);
      const line = site.getSourceFile().getLineAndCharacterOfPosition(site.getStart()).line + 1;
      const key = `${file}:${JSON.stringify(parts)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({ file, line, sink: path.relative(ROOT, sink.getSourceFile().fileName), parts: mergeText(parts) });
    }
  }
  return results;
}

function mergeText(parts: Part[]): Part[] {
  const merged: Part[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part;
    else if (part !== '') merged.push(part);
  }
  return merged;
}

/** The sentence with every hole filled with "X". */
export const sample = (parts: Part[]): string => parts.map((part) => (typeof part === 'string' ? part : 'X')).join('');
/** True when nothing of the sentence is known: a message relayed from elsewhere. */
export const isRelay = (parts: Part[]): boolean => parts.every((part) => typeof part !== 'string');
