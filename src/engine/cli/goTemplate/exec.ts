/**
 * A port of Go's text/template executor (exec.go). The "current node" bookkeeping (`at`) follows
 * Go call for call, because Go's error text names that node: `executing "" at <.Nope>: ...`.
 */
import { formatValue } from './fmt.ts';
import { type FunctionMap, type GoFunction, type ParamType, paramTypeName } from './funcs.ts';
import {
  type ChainNode,
  type CommandNode,
  type FieldNode,
  type IdentifierNode,
  type ListNode,
  type Node,
  type NumberNode,
  type ParsedTemplate,
  type PipeNode,
  type RangeNode,
  type TemplateNode,
  type VariableNode,
  isHexInt,
  nodeString,
} from './parser.ts';
import {
  GoNil,
  GoNumber,
  elemTypeName,
  findMethod,
  keyTypeName,
  kindOf,
  numericValue,
  sortedEntries,
  truth,
  typeName,
  utf8Bytes,
  zeroValueOf,
} from './values.ts';

/** Go's `Option("missingkey=...")`: what `.Key` gives when a map has no such key. */
export type MissingKey = 'default' | 'zero' | 'error';

export interface ExecOptions {
  functions: FunctionMap;
  missingKey: MissingKey;
  /** Go type name of the root data (e.g. `*formatter.ContainerContext`), used in error text. */
  rootTypeName: string | undefined;
}

/** Thrown (internally) with Go's message. */
export class ExecFailure extends Error {}

const missing: unique symbol = Symbol('missing final argument');
type Final = unknown;

const walkBreak: unique symbol = Symbol('break');
const walkContinue: unique symbol = Symbol('continue');

interface Variable {
  name: string;
  value: unknown;
}

/** Executes a parsed template; returns the output or throws {@link ExecFailure} (with `output` so far). */
export function executeTree(template: ParsedTemplate, data: unknown, options: ExecOptions, out: string[]): void {
  const state = new State(template, data, options, out);
  state.walk(data, template.root);
}

class State {
  private node: Node | undefined;
  private vars: Variable[];
  private name: string;
  private depth = 0;

  constructor(
    private readonly template: ParsedTemplate,
    private readonly root: unknown,
    private readonly options: ExecOptions,
    private readonly out: string[],
  ) {
    this.vars = [{ name: '$', value: root }];
    this.name = template.name;
  }

  // --- errors -------------------------------------------------------------

  private at(node: Node): void {
    this.node = node;
  }

  private errorf(message: string): never {
    if (!this.node) throw new ExecFailure(`template: ${this.name}: ${message}`);
    const { text } = this.template;
    const pos = this.node.pos;
    const before = text.slice(0, pos);
    const lastNewline = before.lastIndexOf('\n');
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    const column = utf8Bytes(lastNewline < 0 ? before : before.slice(lastNewline + 1)).length;
    throw new ExecFailure(
      `template: ${this.template.name}:${line}:${column}: executing ${JSON.stringify(this.name)} at <${nodeString(this.node)}>: ${message}`,
    );
  }

  private typeOf(v: unknown): string {
    if (v === this.root && this.options.rootTypeName !== undefined) return this.options.rootTypeName;
    return typeName(v);
  }

  // --- variables ----------------------------------------------------------

  private setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  private setTopVar(n: number, value: unknown): void {
    this.vars[this.vars.length - n].value = value;
  }

  private varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) return this.vars[i].value;
    }
    this.errorf(`undefined variable: ${name}`);
  }

  // --- statements ---------------------------------------------------------

  walk(dot: unknown, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const value = this.evalPipeline(dot, node.pipe);
        // A nil interface{} (a JSON null in a map) is no value at all once a pipeline ends, as Go's evalPipeline digs it out.
        if (node.pipe.decl.length === 0) this.printValue(node, value === null ? undefined : value);
        return;
      }
      case 'break':
        throw walkBreak;
      case 'continue':
        throw walkContinue;
      case 'comment':
        return;
      case 'if':
      case 'with':
        return this.walkIfOrWith(node.type, dot, node.pipe, node.list, node.elseList);
      case 'list':
        for (const child of node.nodes) this.walk(dot, child);
        return;
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'text':
        this.out.push(node.text);
        return;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  private walkIfOrWith(type: 'if' | 'with', dot: unknown, pipe: PipeNode, list: ListNode, elseList: ListNode | undefined): void {
    const mark = this.vars.length;
    try {
      const value = this.evalPipeline(dot, pipe);
      if (truth(value)) this.walk(type === 'with' ? value : dot, list);
      else if (elseList) this.walk(dot, elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private walkRange(dot: unknown, r: RangeNode): void {
    this.at(r);
    const outerMark = this.vars.length;
    try {
      const value = this.evalPipeline(dot, r.pipe);
      const mark = this.vars.length;
      const decl = r.pipe.decl;
      const oneIteration = (index: unknown, elem: unknown): void => {
        if (decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(decl[0].ident[0], decl.length > 1 ? index : elem);
          else this.setTopVar(1, elem);
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1].ident[0], elem);
          else this.setTopVar(2, index);
        }
        try {
          this.walk(elem, r.list);
        } catch (signal) {
          if (signal !== walkContinue) throw signal;
        } finally {
          this.vars.length = mark;
        }
      };
      let ran = false;
      switch (kindOf(value)) {
        case 'slice':
          if (!(value instanceof GoNil)) {
            (value as unknown[]).forEach((elem, i) => {
              ran = true;
              oneIteration(i, elem === undefined ? null : elem);
            });
          }
          break;
        case 'map':
          if (!(value instanceof GoNil)) {
            for (const [key, elem] of sortedEntries(value as Map<unknown, unknown>)) {
              ran = true;
              oneIteration(key, elem);
            }
          }
          break;
        case 'int':
        case 'uint': {
          if (decl.length > 1) this.errorf(`can't use ${formatValue(value, 'v', noFlags, 0)} to iterate over more than one variable`);
          const goType = value instanceof GoNumber ? value.goType : undefined;
          for (let i = 0; i < numericValue(value); i++) {
            ran = true;
            const n = goType ? new GoNumber(i, goType) : i;
            oneIteration(n, n);
          }
          break;
        }
        case 'invalid':
        case 'nil':
          break;
        default:
          this.errorf(`range can't iterate over ${formatValue(value, 'v', noFlags, 0)}`);
      }
      if (!ran && r.elseList) this.walk(dot, r.elseList);
    } catch (signal) {
      if (signal !== walkBreak) throw signal;
    } finally {
      this.vars.length = outerMark;
    }
  }

  private walkTemplate(dot: unknown, t: TemplateNode): void {
    this.at(t);
    const tree = this.template.defined.get(t.name);
    if (!tree) this.errorf(`template ${JSON.stringify(t.name)} not defined`);
    if (this.depth >= 10000) this.errorf('exceeded maximum template depth (100000)');
    const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : undefined;
    const saved = { vars: this.vars, name: this.name };
    this.vars = [{ name: '$', value: newDot }];
    this.name = t.name;
    this.depth++;
    try {
      this.walk(newDot, tree);
    } finally {
      this.depth--;
      this.vars = saved.vars;
      this.name = saved.name;
    }
  }

  private printValue(node: Node, value: unknown): void {
    this.at(node);
    if (value === undefined) {
      this.out.push('<no value>');
      return;
    }
    if (typeof value === 'function') this.errorf(`can't print ${nodeString(node)} of type ${typeName(value)}`);
    this.out.push(formatValue(value, 'v', noFlags, 0));
  }

  // --- expressions --------------------------------------------------------

  private evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.at(pipe);
    let value: Final = missing;
    for (const cmd of pipe.cmds) value = this.evalCommand(dot, cmd, value);
    for (const variable of pipe.decl) {
      if (pipe.isAssign) this.setVar(variable.ident[0], value);
      else this.vars.push({ name: variable.ident[0], value });
    }
    return value;
  }

  private notAFunction(args: Node[], final: Final): void {
    if (args.length > 1 || final !== missing) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
  }

  private evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0];
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        this.errorf('nil is not a command');
      // eslint-disable-next-line no-fallthrough
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.text;
    }
    this.errorf(`can't evaluate command ${JSON.stringify(nodeString(first))}`);
  }

  private idealConstant(constant: NumberNode): unknown {
    this.at(constant);
    const text = constant.text;
    if (constant.isFloat && !isHexInt(text) && !text.startsWith("'") && /[.eEpP]/.test(text)) {
      return new GoNumber(constant.float, 'float64');
    }
    if (constant.isInt) return constant.int;
    this.errorf(`${text} overflows int`);
  }

  private evalFieldNode(dot: unknown, field: FieldNode, args: Node[], final: Final): unknown {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  private evalChainNode(dot: unknown, chain: ChainNode, args: Node[], final: Final): unknown {
    this.at(chain);
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const receiver = this.evalArg(dot, undefined, chain.node);
    return this.evalFieldChain(dot, receiver, chain, chain.field, args, final);
  }

  private evalVariableNode(dot: unknown, variable: VariableNode, args: Node[], final: Final): unknown {
    this.at(variable);
    const value = this.varValue(variable.ident[0]);
    if (variable.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, variable, variable.ident.slice(1), args, final);
  }

  private evalFieldChain(dot: unknown, receiver: unknown, node: Node, ident: string[], args: Node[], final: Final): unknown {
    for (let i = 0; i < ident.length - 1; i++) receiver = this.evalField(dot, ident[i], node, [], missing, receiver);
    return this.evalField(dot, ident[ident.length - 1], node, args, final, receiver);
  }

  private evalFunction(dot: unknown, node: IdentifierNode, cmd: Node, args: Node[], final: Final): unknown {
    this.at(node);
    const fn = this.options.functions[node.ident];
    if (!fn || !Object.hasOwn(this.options.functions, node.ident)) this.errorf(`${JSON.stringify(node.ident)} is not a defined function`);
    return this.evalCall(dot, fn, node.ident === 'and' || node.ident === 'or', cmd, node.ident, args, final);
  }

  private evalField(dot: unknown, fieldName: string, node: Node, args: Node[], final: Final, receiver: unknown): unknown {
    if (receiver === undefined) {
      if (this.options.missingKey === 'error') this.errorf(`nil data; no entry for key ${JSON.stringify(fieldName)}`);
      return undefined;
    }
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${fieldName}`);
    const method = findMethod(receiver, fieldName);
    if (method) {
      const spec: GoFunction = { params: Array<ParamType>(method.length).fill('any'), call: (argv) => method.apply(receiver, argv) };
      return this.evalCall(dot, spec, false, node, fieldName, args, final);
    }
    const hasArgs = args.length > 1 || final !== missing;
    const kind = kindOf(receiver);
    if (kind === 'struct' && Object.hasOwn(receiver as object, fieldName)) {
      if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
      const value = (receiver as Record<string, unknown>)[fieldName];
      return value === undefined ? null : value;
    }
    if (kind === 'map') {
      const mapType = this.typeOf(receiver);
      const keyType = keyTypeName(mapType);
      if (keyType === 'string' || keyType === 'interface {}') {
        if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
        const map = receiver instanceof GoNil ? new Map<unknown, unknown>() : (receiver as Map<unknown, unknown>);
        if (map.has(fieldName)) return map.get(fieldName);
        if (this.options.missingKey === 'zero') return zeroValueOf(elemTypeName(mapType));
        if (this.options.missingKey === 'error') this.errorf(`map has no entry for key ${JSON.stringify(fieldName)}`);
        return undefined;
      }
    }
    if (receiver instanceof GoNil && receiver.kind === 'pointer') {
      this.errorf(`nil pointer evaluating ${receiver.goType}.${fieldName}`);
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${this.typeOf(receiver)}`);
  }

  private evalCall(dot: unknown, fn: GoFunction, shortCircuit: boolean, node: Node, name: string, args: Node[], final: Final): unknown {
    const argNodes = args.slice(1);
    const numIn = argNodes.length + (final !== missing ? 1 : 0);
    let numFixed = argNodes.length;
    if (fn.variadic) {
      numFixed = fn.params.length;
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${fn.params.length} got ${argNodes.length}`);
    } else if (numIn !== fn.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`);
    }

    if (shortCircuit) {
      // and/or evaluate lazily and return the deciding operand itself.
      let value: unknown;
      for (const arg of argNodes) {
        value = this.evalArg(dot, 'reflect', arg);
        if (truth(value) === (name === 'or')) return value;
      }
      if (final !== missing) value = this.validateType(final, 'reflect');
      return value;
    }

    const argv: unknown[] = [];
    let i = 0;
    for (; i < numFixed && i < argNodes.length; i++) argv.push(this.evalArg(dot, fn.params[i], argNodes[i]));
    if (fn.variadic) for (; i < argNodes.length; i++) argv.push(this.evalArg(dot, fn.variadic, argNodes[i]));
    if (final !== missing) {
      let type: ParamType = fn.params[fn.params.length - 1];
      if (fn.variadic) type = numIn - 1 < numFixed ? fn.params[numIn - 1] : fn.variadic;
      argv.push(this.validateType(final, type));
    }
    try {
      return fn.call(argv);
    } catch (error) {
      if (error instanceof ExecFailure) throw error;
      this.at(node);
      this.errorf(`error calling ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private evalArg(dot: unknown, type: ParamType | undefined, n: Node): unknown {
    this.at(n);
    const check = (value: unknown): unknown => (type === 'reflect' ? value : this.validateType(value, type));
    switch (n.type) {
      case 'dot':
        return check(dot);
      case 'nil':
        if (type === undefined || type === 'any') return null;
        if (type === '[]string') return new GoNil('slice', '[]string');
        this.errorf(`cannot assign nil to ${paramTypeName(type)}`);
      // eslint-disable-next-line no-fallthrough
      case 'field':
        return check(this.evalFieldNode(dot, n, [n], missing));
      case 'variable':
        return check(this.evalVariableNode(dot, n, [], missing));
      case 'pipe':
        return check(this.evalPipeline(dot, n));
      case 'identifier':
        return check(this.evalFunction(dot, n, n, [], missing));
      case 'chain':
        return check(this.evalChainNode(dot, n, [], missing));
    }
    switch (type) {
      case 'int':
        if (n.type === 'number' && n.isInt) return n.int;
        this.errorf(`expected integer; found ${nodeString(n)}`);
      // eslint-disable-next-line no-fallthrough
      case 'string':
        if (n.type === 'string') return n.text;
        this.errorf(`expected string; found ${nodeString(n)}`);
      // eslint-disable-next-line no-fallthrough
      case 'any':
      case 'reflect':
      case undefined:
        if (n.type === 'bool') return n.value;
        if (n.type === 'number') return this.idealConstant(n);
        if (n.type === 'string') return n.text;
        this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
      // eslint-disable-next-line no-fallthrough
      default:
        this.errorf(`can't handle ${nodeString(n)} for arg of type ${paramTypeName(type)}`);
    }
  }

  private validateType(value: unknown, type: ParamType | undefined): unknown {
    if (type === undefined) return value;
    if (value === undefined) {
      if (type === 'any') return null;
      if (type === '[]string') return new GoNil('slice', '[]string');
      this.errorf(`invalid value; expected ${paramTypeName(type)}`);
    }
    if (type === 'any' || type === 'reflect') return value;
    const actual = value === null ? 'interface {}' : this.typeOf(value);
    if (actual === type) return value instanceof GoNumber ? value.value : value;
    this.errorf(`wrong type for value; expected ${type}; got ${actual}`);
  }
}

const noFlags = {
  minus: false,
  plus: false,
  sharp: false,
  space: false,
  zero: false,
  width: undefined,
  precision: undefined,
};
