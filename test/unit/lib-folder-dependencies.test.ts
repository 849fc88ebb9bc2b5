// One owner per concept: no two lib/ folders import each other (type-only imports count too),
// so each concept can be read, tested and changed starting from the folders it builds on.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LIB = path.resolve(import.meta.dirname, '../../lib');

// A file directly in lib/ belongs to the folder of its name when there is one (lib/db.ts is
// the entry of lib/db/), otherwise it is a unit of its own (lib/env.ts, lib/errors.ts).
function unitOf(file: string): string {
  const [first, ...rest] = path.relative(LIB, file).split(path.sep);
  if (rest.length) return first;
  const name = first.replace(/\.tsx?$/, '');
  return name;
}

function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specs: string[] = [];
  const visit = (n: ts.Node) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) specs.push(n.moduleSpecifier.text);
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) specs.push(n.arguments[0].text);
    if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) specs.push(n.argument.literal.text);
    ts.forEachChild(n, visit);
  };
  visit(source);
  return specs;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** `from -> to` for every import between two units, with one file that makes it. */
function unitEdges(): Map<string, string> {
  const edges = new Map<string, string>();
  for (const file of sourceFiles(LIB)) {
    for (const spec of importsOf(file)) {
      const target = spec.startsWith('@/lib/') ? path.join(LIB, spec.slice('@/lib/'.length))
        : spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : null;
      if (!target || !target.startsWith(LIB + path.sep)) continue;
      const from = unitOf(file);
      const to = unitOf(fs.existsSync(`${target}.tsx`) ? `${target}.tsx` : `${target}.ts`);
      if (from !== to && !edges.has(`${from} -> ${to}`)) edges.set(`${from} -> ${to}`, `${path.relative(LIB, file)} imports ${spec}`);
    }
  }
  return edges;
}

describe('lib/ folders', () => {
  it('never import each other', () => {
    const edges = unitEdges();
    expect(edges.size).toBeGreaterThan(20);
    const pairs = [...edges.keys()].flatMap((edge) => {
      const [from, to] = edge.split(' -> ');
      const back = edges.get(`${to} -> ${from}`);
      return from < to && back ? [`${from} <-> ${to}: ${edges.get(edge)}; ${back}`] : [];
    });
    expect(pairs).toEqual([]);
  });
});
