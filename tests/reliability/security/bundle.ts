import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The built main process, parsed (TypeScript's parser reads plain JavaScript), so the security
 * checklist asserts what actually ships rather than what the sources intend: a bundler, a stray
 * spread or an environment switch can't slip a weaker option past it.
 */
export class Bundle {
  readonly files: ts.SourceFile[];
  private readonly functions = new Map<string, ts.Node[]>();

  constructor(dir: string) {
    this.files = listJs(dir).map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS));
    for (const node of this.all(() => true)) {
      if (ts.isFunctionDeclaration(node) && node.name) this.addFunction(node.name.text, node);
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) {
        this.addFunction(node.name.text, node.initializer);
      }
    }
  }

  private addFunction(name: string, node: ts.Node): void {
    this.functions.set(name, [...(this.functions.get(name) ?? []), node]);
  }

  /** Every node of the bundle for which `test` holds. */
  all<T extends ts.Node>(test: (node: ts.Node) => node is T): T[];
  all(test: (node: ts.Node) => boolean): ts.Node[];
  all(test: (node: ts.Node) => boolean): ts.Node[] {
    const found: ts.Node[] = [];
    const visit = (node: ts.Node) => {
      if (test(node)) found.push(node);
      ts.forEachChild(node, visit);
    };
    for (const file of this.files) visit(file);
    return found;
  }

  /** Calls of `object.method(...)`, e.g. ('ipcMain', 'handle'); object null for any receiver. */
  methodCalls(object: string | null, method: string): ts.CallExpression[] {
    return this.all(ts.isCallExpression).filter((call) => {
      const callee = call.expression;
      return ts.isPropertyAccessExpression(callee) && callee.name.text === method && (object === null || callee.expression.getText() === object);
    });
  }

  /** Calls whose first argument is the string `event`, e.g. `.on("will-navigate", …)`. */
  eventHandlers(event: string): ts.Expression[] {
    return this.methodCalls(null, 'on')
      .filter((call) => call.arguments[0] && ts.isStringLiteral(call.arguments[0]) && call.arguments[0].text === event)
      .map((call) => call.arguments[1]!);
  }

  /** The one function of that name in the bundle. */
  fn(name: string): ts.Node {
    const found = this.functions.get(name) ?? [];
    if (found.length !== 1) throw new Error(`expected one function ${name} in the bundle, found ${found.length}`);
    return found[0]!;
  }

  /**
   * The object literal an expression evaluates to, following calls of named functions (through
   * their single return) and variables; null when it can't be known without running the code.
   */
  objectOf(expression: ts.Expression | undefined): ts.ObjectLiteralExpression | null {
    if (!expression) return null;
    if (ts.isParenthesizedExpression(expression)) return this.objectOf(expression.expression);
    if (ts.isObjectLiteralExpression(expression)) return expression;
    if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression)) {
      const returns = returnedExpressions(this.fn(expression.expression.text));
      return returns.length === 1 ? this.objectOf(returns[0]) : null;
    }
    return null;
  }
}

export function propertyOf(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText().replace(/^["']|["']$/g, '') === name) return property.initializer;
  }
  return undefined;
}

/** A literal's value: true/false (also as !0/!1), a string or a number; undefined for anything computed. */
export function literalOf(expression: ts.Expression | undefined): unknown {
  if (!expression) return undefined;
  if (expression.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (expression.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  if (ts.isNumericLiteral(expression)) return Number(expression.text);
  if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.ExclamationToken && ts.isNumericLiteral(expression.operand)) return !Number(expression.operand.text);
  return undefined;
}

/** The expressions a function returns: its concise body, or each `return` not inside a nested function. */
export function returnedExpressions(fn: ts.Node): ts.Expression[] {
  if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) return [fn.body];
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (node !== fn && ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(fn);
  return found;
}

/** The statements of a function's body (a concise arrow counts as one). */
export function bodyStatements(fn: ts.Node): readonly ts.Node[] {
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn)) && fn.body) {
    return ts.isBlock(fn.body) ? fn.body.statements : [fn.body];
  }
  return [];
}

function listJs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listJs(path);
    return /\.(c|m)?js$/.test(entry.name) ? [path] : [];
  });
}
