/**
 * A port of Go's text/template/parse parser (parse.go, node.go): the same tree, the same
 * `String()` of nodes (used in execution error contexts) and the same error texts.
 */
import { type Item, type ItemType, itemString, lex } from './lexer.ts';

export type Node =
  | TextNode
  | ActionNode
  | CommentNode
  | IfNode
  | RangeNode
  | WithNode
  | TemplateNode
  | BreakNode
  | ContinueNode
  | ListNode
  | PipeNode
  | CommandNode
  | FieldNode
  | ChainNode
  | VariableNode
  | IdentifierNode
  | DotNode
  | NilNode
  | BoolNode
  | NumberNode
  | StringNode
  | EndNode
  | ElseNode;

export interface ListNode {
  type: 'list';
  pos: number;
  nodes: Node[];
}
export interface TextNode {
  type: 'text';
  pos: number;
  text: string;
}
export interface CommentNode {
  type: 'comment';
  pos: number;
  text: string;
}
export interface ActionNode {
  type: 'action';
  pos: number;
  pipe: PipeNode;
}
export interface PipeNode {
  type: 'pipe';
  pos: number;
  isAssign: boolean;
  decl: VariableNode[];
  cmds: CommandNode[];
}
export interface CommandNode {
  type: 'command';
  pos: number;
  args: Node[];
}
export interface BranchNode {
  pos: number;
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | undefined;
}
export interface IfNode extends BranchNode {
  type: 'if';
}
export interface RangeNode extends BranchNode {
  type: 'range';
}
export interface WithNode extends BranchNode {
  type: 'with';
}
export interface TemplateNode {
  type: 'template';
  pos: number;
  name: string;
  pipe: PipeNode | undefined;
}
export interface BreakNode {
  type: 'break';
  pos: number;
}
export interface ContinueNode {
  type: 'continue';
  pos: number;
}
export interface FieldNode {
  type: 'field';
  pos: number;
  ident: string[];
}
export interface ChainNode {
  type: 'chain';
  pos: number;
  node: Node;
  field: string[];
}
export interface VariableNode {
  type: 'variable';
  pos: number;
  ident: string[];
}
export interface IdentifierNode {
  type: 'identifier';
  pos: number;
  ident: string;
}
export interface DotNode {
  type: 'dot';
  pos: number;
}
export interface NilNode {
  type: 'nil';
  pos: number;
}
export interface BoolNode {
  type: 'bool';
  pos: number;
  value: boolean;
}
export interface NumberNode {
  type: 'number';
  pos: number;
  text: string;
  isInt: boolean;
  isFloat: boolean;
  int: number;
  float: number;
}
export interface StringNode {
  type: 'string';
  pos: number;
  quoted: string;
  text: string;
}
interface EndNode {
  type: 'end';
  pos: number;
}
interface ElseNode {
  type: 'else';
  pos: number;
}

/** A parsed template: its main tree plus any `{{define}}`/`{{block}}` trees, and its source text. */
export interface ParsedTemplate {
  name: string;
  text: string;
  root: ListNode;
  defined: Map<string, ListNode>;
}

/** Thrown (internally) with Go's message, e.g. `template: :1: unexpected "}" in operand`. */
export class ParseFailure extends Error {}

/** Go's `Node.String()`. */
export function nodeString(node: Node): string {
  switch (node.type) {
    case 'text':
      return JSON.stringify(node.text);
    case 'comment':
      return `{{${node.text}}}`;
    case 'action':
      return `{{${nodeString(node.pipe)}}}`;
    case 'list':
      return node.nodes.map(nodeString).join('');
    case 'pipe': {
      let s = '';
      if (node.decl.length > 0) {
        s += node.decl.map(nodeString).join(', ') + (node.isAssign ? ' = ' : ' := ');
      }
      return s + node.cmds.map(nodeString).join(' | ');
    }
    case 'command':
      return node.args.map((arg) => (arg.type === 'pipe' ? `(${nodeString(arg)})` : nodeString(arg))).join(' ');
    case 'if':
    case 'range':
    case 'with': {
      let s = `{{${node.type} ${nodeString(node.pipe)}}}${nodeString(node.list)}`;
      if (node.elseList) s += `{{else}}${nodeString(node.elseList)}`;
      return s + '{{end}}';
    }
    case 'template':
      return node.pipe ? `{{template ${JSON.stringify(node.name)} ${nodeString(node.pipe)}}}` : `{{template ${JSON.stringify(node.name)}}}`;
    case 'break':
      return '{{break}}';
    case 'continue':
      return '{{continue}}';
    case 'field':
      return node.ident.map((id) => '.' + id).join('');
    case 'chain':
      return (node.node.type === 'pipe' ? `(${nodeString(node.node)})` : nodeString(node.node)) + node.field.map((f) => '.' + f).join('');
    case 'variable':
      return node.ident.join('.');
    case 'identifier':
      return node.ident;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(node.value);
    case 'number':
      return node.text;
    case 'string':
      return node.quoted;
    case 'end':
      return '{{end}}';
    case 'else':
      return '{{else}}';
  }
}

/**
 * Parses template text. `hasFunction` says which function names exist (Go checks them at parse
 * time: `function "nope" not defined`). Throws {@link ParseFailure}.
 */
export function parse(text: string, name: string, hasFunction: (name: string) => boolean): ParsedTemplate {
  return new Parser(text, name, hasFunction).parseTemplate();
}

class Parser {
  private readonly items: Item[];
  private index = 0;
  /** Index of the most recently lexed token: Go reports parse errors at its line. */
  private furthest = 0;
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private actionLine = 0;
  private readonly defined = new Map<string, ListNode>();

  constructor(
    private readonly text: string,
    private readonly name: string,
    private readonly hasFunction: (name: string) => boolean,
  ) {
    this.items = lex(text);
  }

  parseTemplate(): ParsedTemplate {
    const root: ListNode = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'leftDelim') {
        const delimIndex = this.index;
        this.next();
        if (this.nextNonSpace().type === 'define') {
          this.parseDefinition();
          continue;
        }
        this.index = delimIndex;
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    return { name: this.name, text: this.text, root, defined: this.defined };
  }

  // --- token stream -------------------------------------------------------

  private next(): Item {
    const item = this.peek();
    this.index++;
    return item;
  }

  private backup(count = 1): void {
    this.index -= count;
  }

  private peek(): Item {
    const at = Math.min(this.index, this.items.length - 1);
    this.furthest = Math.max(this.furthest, at);
    return this.items[at];
  }

  private nextNonSpace(): Item {
    let item: Item;
    do item = this.next();
    while (item.type === 'space');
    return item;
  }

  private peekNonSpace(): Item {
    const item = this.nextNonSpace();
    this.backup();
    return item;
  }

  private expect(expected: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.type !== expected) this.unexpected(token, context);
    return token;
  }

  // --- errors -------------------------------------------------------------

  private errorf(message: string): never {
    throw new ParseFailure(`template: ${this.name}:${this.items[this.furthest].line}: ${message}`);
  }

  private unexpected(token: Item, context: string): never {
    if (token.type === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${token.val}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  // --- grammar ------------------------------------------------------------

  private parseDefinition(): void {
    const context = 'define clause';
    const token = this.nextNonSpace();
    if (token.type !== 'string' && token.type !== 'rawString') this.unexpected(token, context);
    const name = this.unquote(token.val);
    this.expect('rightDelim', context);
    const saved = this.vars;
    this.vars = ['$'];
    const [list, end] = this.itemList();
    this.vars = saved;
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.defined.set(name, list);
  }

  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.type) {
      case 'text':
        return { type: 'text', pos: token.pos, text: token.val };
      case 'leftDelim': {
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      }
      default:
        this.unexpected(token, 'input');
    }
  }

  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.type) {
      case 'block':
        return this.blockControl();
      case 'break':
      case 'continue':
        return this.loopControl(token);
      case 'else':
        return this.elseControl();
      case 'end':
        return { type: 'end', pos: this.expect('rightDelim', 'end').pos };
      case 'if':
      case 'range':
      case 'with':
        return this.branchControl(token.type);
      case 'template':
        return this.templateControl();
    }
    this.backup();
    const first = this.peek();
    return { type: 'action', pos: first.pos, pipe: this.pipeline('command', 'rightDelim') };
  }

  private loopControl(keyword: Item): Node {
    const token = this.nextNonSpace();
    const name = `{{${keyword.type}}}`;
    if (token.type !== 'rightDelim') this.unexpected(token, name);
    if (this.rangeDepth === 0) this.errorf(`${name} outside {{range}}`);
    return { type: keyword.type as 'break' | 'continue', pos: keyword.pos };
  }

  private elseControl(): Node {
    const peek = this.peekNonSpace();
    if (peek.type === 'if' || peek.type === 'with') return { type: 'else', pos: peek.pos };
    const token = this.expect('rightDelim', 'else');
    return { type: 'else', pos: token.pos };
  }

  private branchControl(context: 'if' | 'range' | 'with'): IfNode | RangeNode | WithNode {
    const savedVars = this.vars.length;
    try {
      const pipe = this.pipeline(context, 'rightDelim');
      if (context === 'range') this.rangeDepth++;
      let [list, next] = this.itemList();
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.type === 'else') {
        // "{{else if ...}}" / "{{else with ...}}" nest a new branch that shares our {{end}}.
        if ((context === 'if' && this.peek().type === 'if') || (context === 'with' && this.peek().type === 'with')) {
          this.next();
          elseList = { type: 'list', pos: next.pos, nodes: [this.branchControl(context)] };
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== 'end') this.errorf(`expected end; found ${nodeString(next)}`);
        }
      }
      return { type: context, pos: pipe.pos, pipe, list, elseList } as IfNode | RangeNode | WithNode;
    } finally {
      this.vars.length = savedVars;
    }
  }

  private itemList(): [ListNode, Node] {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().type !== 'eof') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private templateControl(): TemplateNode {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.templateName(token, context);
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().type !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline(context, 'rightDelim');
    }
    return { type: 'template', pos: token.pos, name, pipe };
  }

  private blockControl(): TemplateNode {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.templateName(token, context);
    const pipe = this.pipeline(context, 'rightDelim');
    const saved = { vars: this.vars, rangeDepth: this.rangeDepth };
    this.vars = ['$'];
    this.rangeDepth = 0;
    const [list, end] = this.itemList();
    this.vars = saved.vars;
    this.rangeDepth = saved.rangeDepth;
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.defined.set(name, list);
    return { type: 'template', pos: token.pos, name, pipe };
  }

  private templateName(token: Item, context: string): string {
    if (token.type === 'string' || token.type === 'rawString') return this.unquote(token.val);
    this.unexpected(token, context);
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const token = this.peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: token.pos, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') break;
      const before = this.index;
      this.nextNonSpace();
      const next = this.peekNonSpace();
      if (next.type === 'assign' || next.type === 'declare') {
        pipe.isAssign = next.type === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
      } else if (next.type === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const after = this.peekNonSpace().type;
          if (after === 'variable' || after === 'rightDelim' || after === 'rightParen') continue decls;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else {
        this.index = before;
      }
      break;
    }
    for (;;) {
      const token = this.nextNonSpace();
      if (token.type === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (token.type) {
        case 'bool':
        case 'charConstant':
        case 'complex':
        case 'dot':
        case 'field':
        case 'identifier':
        case 'number':
        case 'nil':
        case 'rawString':
        case 'string':
        case 'variable':
        case 'leftParen':
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((cmd, i) => {
      const first = cmd.args[0].type;
      if (first === 'bool' || first === 'dot' || first === 'nil' || first === 'number' || first === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.type === 'space') continue;
      if (token.type === 'rightDelim' || token.type === 'rightParen') this.backup();
      else if (token.type !== 'pipe') this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): Node | undefined {
    let node = this.term();
    if (!node) return undefined;
    if (this.peek().type === 'field') {
      const chainPos = this.peek().pos;
      const fields: string[] = [];
      while (this.peek().type === 'field') fields.push(this.next().val.slice(1));
      switch (node.type) {
        case 'field':
          node = { type: 'field', pos: chainPos, ident: [...node.ident, ...fields] };
          break;
        case 'variable':
          node = { type: 'variable', pos: chainPos, ident: [...node.ident, ...fields] };
          break;
        case 'bool':
        case 'string':
        case 'number':
        case 'nil':
        case 'dot':
          this.errorf(`unexpected . after term ${JSON.stringify(nodeString(node))}`);
          break;
        default:
          node = { type: 'chain', pos: chainPos, node, field: fields };
      }
    }
    return node;
  }

  private term(): Node | undefined {
    const token = this.nextNonSpace();
    switch (token.type) {
      case 'identifier':
        if (!this.hasFunction(token.val)) this.errorf(`function ${JSON.stringify(token.val)} not defined`);
        return { type: 'identifier', pos: token.pos, ident: token.val };
      case 'dot':
        return { type: 'dot', pos: token.pos };
      case 'nil':
        return { type: 'nil', pos: token.pos };
      case 'variable':
        if (!this.vars.includes(token.val)) this.errorf(`undefined variable ${JSON.stringify(token.val)}`);
        return { type: 'variable', pos: token.pos, ident: [token.val] };
      case 'field':
        return { type: 'field', pos: token.pos, ident: [token.val.slice(1)] };
      case 'bool':
        return { type: 'bool', pos: token.pos, value: token.val === 'true' };
      case 'charConstant':
      case 'complex':
      case 'number':
        return this.number(token);
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return { type: 'string', pos: token.pos, quoted: token.val, text: this.unquote(token.val) };
    }
    this.backup();
    return undefined;
  }

  private number(token: Item): NumberNode {
    const text = token.val;
    const node: NumberNode = { type: 'number', pos: token.pos, text, isInt: false, isFloat: false, int: 0, float: 0 };
    if (token.type === 'charConstant') {
      const rune = unquoteGo(text.slice(1, -1), "'");
      if (rune === undefined || [...rune].length !== 1) this.errorf(`malformed character constant: ${text}`);
      node.int = node.float = rune.codePointAt(0)!;
      node.isInt = node.isFloat = true;
      return node;
    }
    if (token.type === 'complex' || text.endsWith('i')) this.errorf(`complex numbers are not supported: ${JSON.stringify(text)}`);
    const parsed = parseGoNumber(text);
    if (parsed === undefined) this.errorf(`illegal number syntax: ${JSON.stringify(text)}`);
    const looksInteger = isHexInt(text) || !/[.eEpP]/.test(text);
    if (looksInteger && Math.abs(parsed) >= 2 ** 63) this.errorf(`integer overflow: ${JSON.stringify(text)}`);
    node.isInt = Number.isInteger(parsed) && Math.abs(parsed) < 2 ** 63;
    node.int = parsed;
    node.isFloat = true;
    node.float = parsed;
    return node;
  }

  private unquote(quoted: string): string {
    // Go drops carriage returns from raw strings.
    const text = quoted[0] === '`' ? quoted.slice(1, -1).replaceAll('\r', '') : unquoteGo(quoted.slice(1, -1), '"');
    if (text === undefined) this.errorf('invalid syntax');
    return text;
  }
}

/** Whether a number literal is a hexadecimal integer (whose `E` is a digit, not an exponent). */
export function isHexInt(text: string): boolean {
  return /^[+-]?0[xX][0-9a-fA-F_]+$/.test(text);
}

/** Go's number literal syntax (with `_` separators and 0x/0o/0b prefixes) to a JavaScript number. */
function parseGoNumber(text: string): number | undefined {
  const negative = text.startsWith('-');
  let body = text.replace(/^[+-]/, '');
  if (/(^_|_$|__)/.test(body)) return undefined;
  const prefixed = /^0[xXoObB]/.test(body);
  if (body.includes('_') && !prefixed && !/^\d/.test(body)) return undefined;
  body = body.replaceAll('_', '');
  let value: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(body)) value = parseInt(body.slice(2), 16);
  else if (/^0[oO][0-7]+$/.test(body)) value = parseInt(body.slice(2), 8);
  else if (/^0[bB][01]+$/.test(body)) value = parseInt(body.slice(2), 2);
  else if (/^0[0-7]+$/.test(body)) value = parseInt(body, 8);
  else if (/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) value = Number(body);
  else return undefined;
  return negative ? -value : value;
}

/** Go's `strconv.Unquote` body for `"` and `'` literals; undefined on a syntax error. */
export function unquoteGo(body: string, quote: string): string | undefined {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === quote || c === '\n') return undefined;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
    if (e in simple) out += simple[e];
    else if (e === quote) out += e;
    else if (e === 'x' || e === 'u' || e === 'U') {
      const size = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + size);
      if (!new RegExp(`^[0-9a-fA-F]{${size}}$`).test(hex)) return undefined;
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) return undefined;
      // \x escapes are raw bytes in Go; bytes >= 0x80 on their own are not valid UTF-8.
      out += e === 'x' && cp >= 0x80 ? '\ufffd' : String.fromCodePoint(cp);
      i += size;
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct)) return undefined;
      const value = parseInt(oct, 8);
      if (value > 255) return undefined;
      out += value >= 0x80 ? '\ufffd' : String.fromCharCode(value);
      i += 2;
    } else return undefined;
  }
  return out;
}
