/**
 * Finds the variables a template uses by walking its Handlebars syntax tree (body, subject
 * and the partials it includes), so strict rendering can name every missing variable at
 * once instead of failing on the first. A variable used only under {{#if}}/{{#unless}} (or as
 * their condition) is optional; one used anywhere else is required.
 */
import Handlebars from 'handlebars';
import { HELPER_NAMES } from './helpers.js';

type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;

const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing']);
const CONDITIONALS = new Set(['if', 'unless']);
const CONTEXT_CHANGERS = new Set(['each', 'with']);

/** Variables a template refers to: dotted name → whether rendering needs it. */
export type VariableUse = Map<string, { required: boolean }>;

interface ScanState {
  /** Inside an {{#if}}/{{#unless}} branch: what is used here may be absent. */
  conditional: boolean;
  /** How many {{#each}}/{{#with}} contexts deep; paths there are relative to items, not the root. */
  scope: number;
  /** Names a partial's hash arguments put into its context. */
  shadowed: ReadonlySet<string>;
}

function isHelper(name: string): boolean {
  return HELPER_NAMES.has(name) || BUILTIN_HELPERS.has(name);
}

/** Scans Handlebars sources (body, subject…) and the partials they include. */
export function scanVariables(sources: readonly string[], partials: Readonly<Record<string, string>>): VariableUse {
  const uses: VariableUse = new Map();
  const scanning = new Set<string>();
  const root: ScanState = { conditional: false, scope: 0, shadowed: new Set() };

  const record = (name: string, state: ScanState, required: boolean): void => {
    const previous = uses.get(name);
    uses.set(name, { required: (previous?.required ?? false) || (required && !state.conditional) });
  };

  const visitPath = (path: hbs.AST.PathExpression, state: ScanState, required: boolean): void => {
    let parts = path.parts;
    if (path.data) {
      // @root.x reaches the top-level data; other @-variables (@index…) are Handlebars' own.
      if (parts[0] !== 'root') return;
      parts = parts.slice(1);
    } else if (path.depth !== state.scope) {
      return;
    } else if (state.scope === 0 && parts[0] !== undefined && state.shadowed.has(parts[0])) {
      return;
    }
    if (parts.length > 0) record(parts.join('.'), state, required);
  };

  const visitExpression = (node: Expression | undefined, state: ScanState, required: boolean): void => {
    if (node === undefined) return;
    if (node.type === 'PathExpression') visitPath(node as hbs.AST.PathExpression, state, required);
    else if (node.type === 'SubExpression') visitCall(node as hbs.AST.SubExpression, state);
  };

  const visitCall = (
    node: { params: Expression[]; hash?: hbs.AST.Hash },
    state: ScanState,
    required = true,
  ): void => {
    for (const param of node.params) visitExpression(param, state, required);
    for (const pair of node.hash?.pairs ?? []) visitExpression(pair.value, state, required);
  };

  const visitProgram = (program: hbs.AST.Program | undefined, state: ScanState): void => {
    for (const statement of program?.body ?? []) visitNode(statement, state);
  };

  const visitNode = (node: Node, state: ScanState): void => {
    switch (node.type) {
      case 'MustacheStatement': {
        const mustache = node as hbs.AST.MustacheStatement;
        const path = mustache.path as hbs.AST.PathExpression;
        const isCall = mustache.params.length > 0 || (mustache.hash?.pairs.length ?? 0) > 0;
        if (path.type !== 'PathExpression') break;
        if (isCall) visitCall(mustache, state);
        else if (!(path.parts.length === 1 && !path.data && isHelper(path.parts[0] ?? ''))) visitPath(path, state, true);
        break;
      }
      case 'BlockStatement':
        visitBlock(node as hbs.AST.BlockStatement, state);
        break;
      case 'PartialStatement':
      case 'PartialBlockStatement':
        visitPartial(node as hbs.AST.PartialStatement, state);
        break;
      default:
        break;
    }
  };

  const visitBlock = (block: hbs.AST.BlockStatement, state: ScanState): void => {
    const name = (block.path as hbs.AST.PathExpression).original;
    const branch: ScanState = { ...state, conditional: true };
    if (CONDITIONALS.has(name)) {
      visitCall(block, state, false);
      visitProgram(block.program, branch);
      visitProgram(block.inverse, branch);
    } else if (CONTEXT_CHANGERS.has(name) || !isHelper(name)) {
      // {{#each list}}, {{#with obj}} and sections ({{#customer}}) change the context.
      if (isHelper(name)) visitCall(block, state);
      else visitPath(block.path as hbs.AST.PathExpression, state, true);
      visitProgram(block.program, { ...state, scope: state.scope + 1 });
      visitProgram(block.inverse, branch);
    } else {
      visitCall(block, state);
      visitProgram(block.program, branch);
      visitProgram(block.inverse, branch);
    }
  };

  const visitPartial = (partial: hbs.AST.PartialStatement, state: ScanState): void => {
    visitCall(partial, state);
    const name = partial.name.type === 'PathExpression' ? (partial.name as hbs.AST.PathExpression).original : undefined;
    const source = name === undefined || !Object.hasOwn(partials, name) ? undefined : partials[name];
    if (source === undefined || name === undefined || scanning.has(name)) return;
    const hashKeys = new Set([...state.shadowed, ...(partial.hash?.pairs ?? []).map((pair) => pair.key)]);
    // A partial given a context ({{> sig manager}}) reads from it, not from the root.
    const inner: ScanState = partial.params.length > 0
      ? { ...state, scope: state.scope + 1 }
      : { ...state, shadowed: hashKeys };
    scanning.add(name);
    visitProgram(Handlebars.parse(source), inner);
    scanning.delete(name);
  };

  for (const source of sources) visitProgram(Handlebars.parse(source), root);
  return uses;
}
