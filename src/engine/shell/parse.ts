/**
 * A recursive-descent parser for the small POSIX `sh` subset the lab runs:
 * quoting, `$` expansions, `$(...)` and backquotes, `;` `&` `&&` `||` `|`, `!`,
 * redirections, `{ }`, `( )`, `if`, `while`/`until`, `for`, comments.
 *
 * Like `sh -c`, a script is parsed one line (one complete command) at a time,
 * so `echo a` on line 1 runs before a syntax error on line 2 is found.
 */

import type {
  AndOr,
  Assignment,
  Command,
  CommandList,
  ListItem,
  ParamOp,
  Pipeline,
  Redirect,
  RedirectOp,
  SimpleCommand,
  Word,
  WordPart,
} from './ast.ts';

/** What went wrong, independent of how a dialect words it (see `formatSyntaxError`). */
export type SyntaxProblem =
  | { kind: 'unterminated-quote'; quote: string }
  /** A token where it cannot be; `token` is `'eof'` when the input ended. */
  | { kind: 'unexpected-token'; token: string; expecting?: string }
  /** The input ended inside a construct that needed more; `expecting` names its closer. */
  | { kind: 'unexpected-eof'; expecting?: string }
  | { kind: 'missing-brace' }
  | { kind: 'bad-substitution' }
  /** `<<<` where the shell has no here-strings (ash, dash). */
  | { kind: 'unexpected-redirection' };

/** A syntax error with the source line it happened on (1-based), for bash's message. */
export class ShellSyntaxError extends Error {
  constructor(
    readonly problem: SyntaxProblem,
    readonly line: number,
    readonly lineText: string,
  ) {
    super(problem.kind);
  }
}

type Token =
  | { type: 'op'; value: string; start: number; end: number }
  | { type: 'word'; parts: Word; raw: string; start: number; end: number }
  | { type: 'io'; fd: number; op: RedirectOp; start: number; end: number }
  | { type: 'newline'; start: number; end: number }
  | { type: 'eof'; start: number; end: number };

const OPERATORS = ['&&', '||', ';;', '<<<', '<<-', '>>', '>&', '<&', '>|', '<>', '<<', ';', '&', '|', '(', ')', '<', '>'];
const REDIRECT_OPS = new Set(['>', '>>', '>|', '<', '<>', '>&', '<&', '<<', '<<-', '<<<']);
const RESERVED = new Set(['if', 'then', 'elif', 'else', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', '{', '}', '!', 'case', 'esac']);
/** Reserved words that end a list rather than start a command. */
const LIST_TERMINATORS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', '}', 'esac']);
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

const isBlank = (ch: string): boolean => ch === ' ' || ch === '\t';
const isMeta = (ch: string): boolean => ' \t\n;&|<>()'.includes(ch);
const isNameStart = (ch: string): boolean => /[A-Za-z_]/.test(ch);
const isNameChar = (ch: string): boolean => /[A-Za-z0-9_]/.test(ch);

export interface ParserOptions {
  /** bash's `<<< word`; ash and dash reject it. */
  hereStrings?: boolean;
}

/** Parses `src` incrementally: call `next()` until it returns undefined. */
export class Parser {
  private pos = 0;
  private peeked: Token | undefined;
  /** Here-documents whose bodies start after the next newline. */
  private pendingHeredocs: { redirect: Redirect; delimiter: string; quoted: boolean; stripTabs: boolean }[] = [];

  constructor(
    private readonly src: string,
    private readonly options: ParserOptions = {},
  ) {}

  /**
   * The next complete command (everything up to an unnested newline), or
   * undefined at the end of the input. Throws ShellSyntaxError.
   */
  next(): CommandList | undefined {
    this.skipNewlines();
    if (this.peek().type === 'eof') return undefined;
    const list = this.parseList(false, undefined);
    const tok = this.peek();
    if (tok.type === 'newline') this.consume();
    else if (tok.type !== 'eof') this.unexpected(tok);
    else this.readHeredocs(this.src.length);
    return list;
  }

  // ---- lists and commands -------------------------------------------------

  /**
   * `multiline` lists (inside compounds and substitutions) continue across
   * newlines and stop at a closing keyword or `)`; a top-level list stops at a
   * newline. `closer` is what the enclosing construct expects, for messages.
   */
  private parseList(multiline: boolean, closer: string | undefined): CommandList {
    const items: ListItem[] = [];
    if (multiline) this.skipNewlines();
    for (;;) {
      const tok = this.peek();
      if (tok.type === 'eof') {
        if (multiline) this.eof(closer);
        break;
      }
      if (this.isListEnd(tok)) break;
      const andOr = this.parseAndOr(closer);
      const sep = this.peek();
      if (sep.type === 'op' && (sep.value === ';' || sep.value === '&')) {
        this.consume();
        items.push({ andOr, background: sep.value === '&' });
        if (multiline) this.skipNewlines();
        continue;
      }
      items.push({ andOr, background: false });
      if (sep.type === 'newline' && multiline) {
        this.skipNewlines();
        continue;
      }
      break;
    }
    if (items.length === 0) this.unexpected(this.peek(), closer);
    return { items };
  }

  private isListEnd(tok: Token): boolean {
    if (tok.type === 'op') return tok.value === ')' || tok.value === ';;';
    if (tok.type === 'word') return this.keyword(tok) !== undefined && LIST_TERMINATORS.has(this.keyword(tok)!);
    return tok.type === 'newline';
  }

  private parseAndOr(closer: string | undefined): AndOr {
    const first = this.parsePipeline(closer);
    const rest: AndOr['rest'] = [];
    for (;;) {
      const tok = this.peek();
      if (tok.type !== 'op' || (tok.value !== '&&' && tok.value !== '||')) break;
      this.consume();
      this.skipNewlines();
      rest.push({ op: tok.value, pipeline: this.parsePipeline(closer) });
    }
    return { first, rest };
  }

  private parsePipeline(closer: string | undefined): Pipeline {
    let bang = false;
    const first = this.peek();
    if (first.type === 'word' && this.keyword(first) === '!') {
      this.consume();
      bang = true;
    }
    const commands = [this.parseCommand(closer)];
    for (;;) {
      const tok = this.peek();
      if (tok.type !== 'op' || tok.value !== '|') break;
      this.consume();
      this.skipNewlines();
      commands.push(this.parseCommand(closer));
    }
    return { bang, commands };
  }

  private parseCommand(closer: string | undefined): Command {
    const tok = this.peek();
    if (tok.type === 'eof') this.eof(closer);
    if (tok.type === 'op' && tok.value === '(') {
      this.consume();
      const body = this.parseList(true, ')');
      this.expectOp(')');
      return { kind: 'group', subshell: true, body, redirects: this.parseTrailingRedirects() };
    }
    if (tok.type === 'word') {
      const kw = this.keyword(tok);
      if (kw === '{') {
        this.consume();
        const body = this.parseList(true, '}');
        this.expectKeyword('}');
        return { kind: 'group', subshell: false, body, redirects: this.parseTrailingRedirects() };
      }
      if (kw === 'if') return this.parseIf();
      if (kw === 'while' || kw === 'until') {
        this.consume();
        const condition = this.parseList(true, 'do');
        this.expectKeyword('do');
        const body = this.parseList(true, 'done');
        this.expectKeyword('done');
        return { kind: 'loop', until: kw === 'until', condition, body, redirects: this.parseTrailingRedirects() };
      }
      if (kw === 'for') return this.parseFor();
      if (kw === 'case') return this.parseCase();
      if (kw !== undefined && kw !== '!' && kw !== 'in') this.unexpected(tok);
      const fn = this.tryFunction(tok);
      if (fn !== undefined) return fn;
    }
    return this.parseSimple(closer);
  }

  private parseIf(): Command {
    this.consume();
    const branches: { condition: CommandList; body: CommandList }[] = [];
    let elseBody: CommandList | undefined;
    for (;;) {
      const condition = this.parseList(true, 'then');
      this.expectKeyword('then');
      const body = this.parseList(true, 'fi');
      branches.push({ condition, body });
      const tok = this.peek();
      const kw = tok.type === 'word' ? this.keyword(tok) : undefined;
      if (kw === 'elif') {
        this.consume();
        continue;
      }
      if (kw === 'else') {
        this.consume();
        elseBody = this.parseList(true, 'fi');
      }
      this.expectKeyword('fi');
      break;
    }
    return { kind: 'if', branches, elseBody, redirects: this.parseTrailingRedirects() };
  }

  private parseFor(): Command {
    this.consume();
    const nameTok = this.peek();
    if (nameTok.type !== 'word') {
      if (nameTok.type === 'eof') this.eof('do');
      this.unexpected(nameTok);
    }
    this.consume();
    const name = nameTok.raw;
    let items: Word[] | undefined;
    this.skipNewlines();
    let tok = this.peek();
    if (tok.type === 'word' && this.keyword(tok) === 'in') {
      this.consume();
      items = [];
      for (;;) {
        tok = this.peek();
        if (tok.type !== 'word') break;
        this.consume();
        items.push(tok.parts);
      }
      tok = this.peek();
      if (tok.type === 'op' && tok.value === ';') this.consume();
      else if (tok.type === 'newline') this.consume();
      else if (tok.type === 'eof') this.eof('do');
      else this.unexpected(tok);
    } else if (tok.type === 'op' && tok.value === ';') {
      this.consume();
    }
    this.skipNewlines();
    this.expectKeyword('do');
    const body = this.parseList(true, 'done');
    this.expectKeyword('done');
    if (!NAME_RE.test(name)) this.unexpected(nameTok);
    return { kind: 'for', name, items, body, redirects: this.parseTrailingRedirects() };
  }

  /** `name ( ) compound-command`; undefined (nothing consumed) when the word is not followed by `(`. */
  private tryFunction(tok: Token & { type: 'word' }): Command | undefined {
    const saved = this.pos;
    this.consume();
    const open = this.peek();
    if (open.type !== 'op' || open.value !== '(') {
      this.pos = saved;
      this.peeked = undefined;
      return undefined;
    }
    this.consume();
    const close = this.peek();
    if (close.type !== 'op' || close.value !== ')') {
      throw this.error({ kind: 'unexpected-token', token: close.type === 'eof' ? 'eof' : close.type === 'newline' ? 'newline' : this.src.slice(close.start, close.end), expecting: ')' }, close.start);
    }
    this.consume();
    this.skipNewlines();
    const bodyTok = this.peek();
    if (bodyTok.type === 'eof') this.eof(undefined);
    if (!NAME_RE.test(tok.raw) && tok.parts.some((p) => p.kind !== 'literal')) this.unexpected(tok);
    const body = this.parseCommand(undefined);
    if (body.kind === 'simple') throw this.error({ kind: 'unexpected-token', token: this.src.slice(bodyTok.start, bodyTok.end) }, bodyTok.start);
    return { kind: 'function', name: tok.raw, body };
  }

  private parseCase(): Command {
    this.consume();
    const wordTok = this.peek();
    if (wordTok.type !== 'word') {
      if (wordTok.type === 'eof') this.eof('in');
      this.unexpected(wordTok);
    }
    this.consume();
    this.skipNewlines();
    this.expectKeyword('in');
    const items: { patterns: Word[]; body: CommandList }[] = [];
    for (;;) {
      this.skipNewlines();
      let tok = this.peek();
      if (tok.type === 'word' && this.keyword(tok) === 'esac') {
        this.consume();
        break;
      }
      if (tok.type === 'op' && tok.value === '(') {
        this.consume();
        tok = this.peek();
      }
      const patterns: Word[] = [];
      for (;;) {
        tok = this.peek();
        if (tok.type === 'eof') this.eof('esac');
        if (tok.type !== 'word') this.unexpected(tok);
        this.consume();
        patterns.push(tok.parts);
        const sep = this.peek();
        if (sep.type === 'op' && sep.value === '|') {
          this.consume();
          continue;
        }
        if (sep.type === 'op' && sep.value === ')') {
          this.consume();
          break;
        }
        if (sep.type === 'eof') this.eof(')');
        this.unexpected(sep);
      }
      this.skipNewlines();
      tok = this.peek();
      let body: CommandList = { items: [] };
      const atEnd = (t: Token): boolean => (t.type === 'op' && t.value === ';;') || (t.type === 'word' && this.keyword(t) === 'esac');
      if (!atEnd(tok)) body = this.parseList(true, 'esac');
      items.push({ patterns, body });
      tok = this.peek();
      if (tok.type === 'op' && tok.value === ';;') {
        this.consume();
        continue;
      }
      if (tok.type === 'word' && this.keyword(tok) === 'esac') {
        this.consume();
        break;
      }
      if (tok.type === 'eof') this.eof('esac');
      this.unexpected(tok);
    }
    return { kind: 'case', word: wordTok.parts, items, redirects: this.parseTrailingRedirects() };
  }

  private parseTrailingRedirects(): Redirect[] {
    const redirects: Redirect[] = [];
    for (;;) {
      const r = this.tryRedirect();
      if (r === undefined) break;
      redirects.push(r);
    }
    return redirects;
  }

  private parseSimple(closer: string | undefined): SimpleCommand {
    const cmd: SimpleCommand = { kind: 'simple', line: this.lineAt(this.peek().start), assignments: [], words: [], redirects: [] };
    for (;;) {
      const redirect = this.tryRedirect();
      if (redirect !== undefined) {
        cmd.redirects.push(redirect);
        continue;
      }
      const tok = this.peek();
      if (tok.type !== 'word') break;
      if (cmd.words.length === 0) {
        const assignment = asAssignment(tok.parts);
        if (assignment !== undefined) {
          this.consume();
          cmd.assignments.push(assignment);
          continue;
        }
      }
      this.consume();
      cmd.words.push(tok.parts);
    }
    if (cmd.words.length === 0 && cmd.assignments.length === 0 && cmd.redirects.length === 0) {
      this.unexpected(this.peek(), closer);
    }
    // `echo (` : a word followed by `(` is a function definition to sh; we have none.
    const after = this.peek();
    if (after.type === 'op' && after.value === '(') {
      this.consume();
      const tok = this.peek();
      if (tok.type === 'eof') this.eof(')');
      this.unexpected(tok);
    }
    return cmd;
  }

  private tryRedirect(): Redirect | undefined {
    const tok = this.peek();
    let fd: number;
    let op: string;
    if (tok.type === 'io') {
      fd = tok.fd;
      op = tok.op;
    } else if (tok.type === 'op' && REDIRECT_OPS.has(tok.value)) {
      op = tok.value;
      fd = op.startsWith('<') ? 0 : 1;
    } else {
      return undefined;
    }
    if (op === '<<<' && this.options.hereStrings !== true) throw this.error({ kind: 'unexpected-redirection' }, tok.start);
    this.consume();
    const target = this.peek();
    if (target.type !== 'word') this.unexpected(target);
    this.consume();
    const redirect: Redirect = { fd, op: op as RedirectOp, target: target.parts };
    if (op === '<<' || op === '<<-') {
      const quoted = target.parts.some((p) => p.kind === 'literal' && p.quoted);
      const delimiter = target.parts.map((p) => (p.kind === 'literal' ? p.text : this.src.slice(target.start, target.end))).join('');
      this.pendingHeredocs.push({ redirect, delimiter, quoted, stripTabs: op === '<<-' });
    }
    return redirect;
  }

  // ---- token helpers ------------------------------------------------------

  private keyword(tok: Token & { type: 'word' }): string | undefined {
    if (tok.parts.length === 1 && tok.parts[0].kind === 'literal' && !tok.parts[0].quoted && RESERVED.has(tok.raw)) {
      return tok.raw;
    }
    return undefined;
  }

  private expectKeyword(kw: string): void {
    const tok = this.peek();
    if (tok.type === 'word' && this.keyword(tok) === kw) {
      this.consume();
      return;
    }
    if (tok.type === 'eof') this.eof(kw);
    this.unexpected(tok);
  }

  private expectOp(op: string): void {
    const tok = this.peek();
    if (tok.type === 'op' && tok.value === op) {
      this.consume();
      return;
    }
    if (tok.type === 'eof') this.eof(op);
    this.unexpected(tok);
  }

  private skipNewlines(): void {
    while (this.peek().type === 'newline') this.consume();
  }

  private unexpected(tok: Token, closer?: string): never {
    if (tok.type === 'eof') {
      throw this.error({ kind: 'unexpected-token', token: 'eof' }, tok.start);
    }
    void closer;
    const text = tok.type === 'newline' ? 'newline' : this.src.slice(tok.start, tok.end);
    throw this.error({ kind: 'unexpected-token', token: text }, tok.start);
  }

  private eof(expecting: string | undefined): never {
    throw this.error({ kind: 'unexpected-eof', expecting }, this.src.length);
  }

  private lineAt(at: number): number {
    let line = 1;
    for (let i = 0; i < at && i < this.src.length; i++) if (this.src[i] === '\n') line++;
    return line;
  }

  private error(problem: SyntaxProblem, at: number): ShellSyntaxError {
    const before = this.src.slice(0, at);
    const line = this.lineAt(at);
    const lineStart = before.lastIndexOf('\n') + 1;
    const lineEnd = this.src.indexOf('\n', lineStart);
    return new ShellSyntaxError(problem, line, this.src.slice(lineStart, lineEnd === -1 ? undefined : lineEnd));
  }

  private peek(): Token {
    if (this.peeked === undefined) this.peeked = this.lex();
    return this.peeked;
  }

  private consume(): Token {
    const tok = this.peek();
    this.pos = tok.end;
    this.peeked = undefined;
    if (tok.type === 'newline' && this.pendingHeredocs.length > 0) this.readHeredocs(tok.end);
    return tok;
  }

  /** Reads the bodies of pending here-documents, line by line from `from`, up to each delimiter. */
  private readHeredocs(from: number): void {
    let pos = from;
    for (const doc of this.pendingHeredocs) {
      let body = '';
      while (pos < this.src.length) {
        const nl = this.src.indexOf('\n', pos);
        const end = nl === -1 ? this.src.length : nl;
        let line = this.src.slice(pos, end);
        pos = nl === -1 ? this.src.length : nl + 1;
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        if (line === doc.delimiter) break;
        body += line + '\n';
      }
      doc.redirect.heredoc = doc.quoted ? [{ kind: 'literal', text: body, quoted: true }] : new Parser(body).lexHeredocBody();
    }
    this.pendingHeredocs = [];
    this.pos = pos;
    this.peeked = undefined;
  }

  /** The whole source as an unquoted here-document body: `$` expansions and backslash escapes, quotes literal. */
  lexHeredocBody(): Word {
    return this.lexExpandingText('$`\\', null);
  }

  /**
   * Text where `$` and backquotes expand and a backslash escapes only the
   * characters in `escapable` (a here-document body, or a double-quoted
   * string up to its closing quote `end`), as quoted literal parts.
   */
  private lexExpandingText(escapable: string, end: { quote: '"'; start: number } | null): WordPart[] {
    const parts: WordPart[] = [{ kind: 'literal', text: '', quoted: true }];
    let literal = '';
    const flush = (): void => {
      if (literal !== '') parts.push({ kind: 'literal', text: literal, quoted: true });
      literal = '';
    };
    const src = this.src;
    for (;;) {
      if (this.pos >= src.length) {
        if (end !== null) throw this.error({ kind: 'unterminated-quote', quote: end.quote }, end.start);
        break;
      }
      const ch = src[this.pos];
      if (end !== null && ch === end.quote) {
        this.pos++;
        break;
      }
      if (ch === '\\') {
        const next = src[this.pos + 1];
        if (next === '\n') this.pos += 2;
        else if (next !== undefined && escapable.includes(next)) {
          literal += next;
          this.pos += 2;
        } else {
          literal += ch;
          this.pos++;
        }
      } else if (ch === '$' || ch === '`') {
        const part = this.lexDollarOrBackquote(true);
        if (part === undefined) {
          literal += ch;
          this.pos++;
        } else {
          flush();
          parts.push(part);
        }
      } else {
        literal += ch;
        this.pos++;
      }
    }
    flush();
    return parts;
  }

  private lex(): Token {
    let i = this.pos;
    for (;;) {
      while (i < this.src.length && isBlank(this.src[i])) i++;
      if (this.src.startsWith('\\\n', i)) {
        i += 2;
        continue;
      }
      break;
    }
    if (this.src[i] === '#') {
      while (i < this.src.length && this.src[i] !== '\n') i++;
    }
    if (i >= this.src.length) return { type: 'eof', start: i, end: i };
    const ch = this.src[i];
    if (ch === '\n') return { type: 'newline', start: i, end: i + 1 };
    for (const op of OPERATORS) {
      if (this.src.startsWith(op, i)) return { type: 'op', value: op, start: i, end: i + op.length };
    }
    // An IO number: digits directly followed by `<` or `>`.
    const io = /^(\d+)(<<<|<<-|<<|>>|>&|<&|>\||<>|>|<)/.exec(this.src.slice(i, i + 12));
    if (io !== null) {
      return { type: 'io', fd: Number(io[1]), op: io[2] as RedirectOp, start: i, end: i + io[0].length };
    }
    const saved = this.pos;
    this.pos = i;
    const parts = this.lexWord();
    const end = this.pos;
    this.pos = saved;
    return { type: 'word', parts, raw: this.src.slice(i, end), start: i, end };
  }

  /** Reads an unquoted word at `this.pos`, leaving `this.pos` after it. */
  private lexWord(): Word {
    const parts: WordPart[] = [];
    let literal = '';
    const flush = (): void => {
      if (literal !== '') parts.push({ kind: 'literal', text: literal, quoted: false });
      literal = '';
    };
    const src = this.src;
    while (this.pos < src.length && !isMeta(src[this.pos])) {
      const ch = src[this.pos];
      if (ch === '\\') {
        if (src[this.pos + 1] === '\n') {
          this.pos += 2;
          continue;
        }
        flush();
        if (this.pos + 1 < src.length) parts.push({ kind: 'literal', text: src[this.pos + 1], quoted: true });
        this.pos += 2;
      } else if (ch === "'") {
        flush();
        const close = src.indexOf("'", this.pos + 1);
        if (close === -1) throw this.error({ kind: 'unterminated-quote', quote: "'" }, this.pos);
        parts.push({ kind: 'literal', text: src.slice(this.pos + 1, close), quoted: true });
        this.pos = close + 1;
      } else if (ch === '"') {
        flush();
        parts.push(...this.lexDoubleQuoted());
      } else if (ch === '$' || ch === '`') {
        const part = this.lexDollarOrBackquote(false);
        if (part === undefined) {
          literal += ch;
          this.pos++;
        } else {
          flush();
          parts.push(part);
        }
      } else {
        literal += ch;
        this.pos++;
      }
    }
    flush();
    return parts;
  }

  private lexDoubleQuoted(): WordPart[] {
    const start = this.pos;
    this.pos++;
    return this.lexExpandingText('$`"\\', { quote: '"', start });
  }

  /** An expansion at `this.pos` (`$...` or a backquote), or undefined for a lone `$`. */
  private lexDollarOrBackquote(quoted: boolean): WordPart | undefined {
    const src = this.src;
    if (src[this.pos] === '`') return this.lexBackquote(quoted);
    const next = src[this.pos + 1];
    if (next === '(' && src[this.pos + 2] === '(') {
      const close = findArithClose(src, this.pos + 3);
      if (close !== -1) {
        const inner = src.slice(this.pos + 3, close);
        this.pos = close + 2;
        return { kind: 'arith', expr: parseInnerWord(inner), quoted };
      }
    }
    if (next === '(') {
      this.pos += 2;
      this.peeked = undefined;
      const body = this.parseSubstitutionBody();
      return { kind: 'command', body, quoted };
    }
    if (next === '{') return this.lexBraceParam(quoted);
    if (next !== undefined && isNameStart(next)) {
      let end = this.pos + 1;
      while (end < src.length && isNameChar(src[end])) end++;
      const name = src.slice(this.pos + 1, end);
      this.pos = end;
      return { kind: 'param', name, quoted };
    }
    if (next !== undefined && /[0-9?#$!@*\-]/.test(next)) {
      this.pos += 2;
      return { kind: 'param', name: next, quoted };
    }
    return undefined;
  }

  /** The list inside `$( ... )`, leaving `this.pos` after the `)`. */
  private parseSubstitutionBody(): CommandList {
    this.skipNewlines();
    const tok = this.peek();
    let body: CommandList;
    if (tok.type === 'op' && tok.value === ')') body = { items: [] };
    else body = this.parseList(true, ')');
    const close = this.peek();
    if (close.type !== 'op' || close.value !== ')') {
      if (close.type === 'eof') this.eof(')');
      this.unexpected(close);
    }
    this.pos = close.end;
    this.peeked = undefined;
    return body;
  }

  private lexBackquote(quoted: boolean): WordPart {
    const src = this.src;
    const start = this.pos;
    let i = this.pos + 1;
    let inner = '';
    for (;;) {
      if (i >= src.length) throw this.error({ kind: 'unterminated-quote', quote: '`' }, start);
      const ch = src[i];
      if (ch === '`') break;
      if (ch === '\\' && i + 1 < src.length && '$`\\'.includes(src[i + 1])) {
        inner += src[i + 1];
        i += 2;
        continue;
      }
      inner += ch;
      i++;
    }
    this.pos = i + 1;
    const body = parseWhole(inner, this.options);
    return { kind: 'command', body, quoted };
  }

  private lexBraceParam(quoted: boolean): WordPart {
    const src = this.src;
    const start = this.pos;
    let i = this.pos + 2;
    const missing = (): never => {
      throw this.error({ kind: 'missing-brace' }, start);
    };
    let length = false;
    if (src[i] === '#' && src[i + 1] !== '}' && src[i + 1] !== undefined) {
      length = true;
      i++;
    }
    let name = '';
    if (i < src.length && isNameStart(src[i])) {
      while (i < src.length && isNameChar(src[i])) name += src[i++];
    } else if (i < src.length && /[0-9?#$!@*\-]/.test(src[i])) {
      name = src[i++];
    }
    if (i >= src.length) missing();
    if (name === '') {
      if (src.indexOf('}', i) === -1) missing();
      throw this.error({ kind: 'bad-substitution' }, start);
    }
    if (length) {
      if (src[i] !== '}') {
        if (src.indexOf('}', i) === -1) missing();
        throw this.error({ kind: 'bad-substitution' }, start);
      }
      this.pos = i + 1;
      return { kind: 'length', name, quoted };
    }
    if (src[i] === '}') {
      this.pos = i + 1;
      return { kind: 'param', name, quoted };
    }
    const opMatch = /^(:-|:=|:\+|:\?|##|%%|-|=|\+|\?|#|%)/.exec(src.slice(i, i + 2));
    if (opMatch === null) {
      if (src.indexOf('}', i) === -1) missing();
      throw this.error({ kind: 'bad-substitution' }, start);
    }
    const op = opMatch[1] as ParamOp;
    i += op.length;
    // The argument word runs to the matching `}`; quotes and expansions nest.
    this.pos = i;
    const arg = this.lexParamArg(quoted, start);
    return { kind: 'param', name, op, arg, quoted };
  }

  /** The word after `${name<op>`, up to the closing brace, which it consumes. */
  private lexParamArg(quoted: boolean, start: number): Word {
    const parts: WordPart[] = [];
    let literal = '';
    const flush = (): void => {
      if (literal !== '') parts.push({ kind: 'literal', text: literal, quoted });
      literal = '';
    };
    const src = this.src;
    for (;;) {
      if (this.pos >= src.length) throw this.error({ kind: 'missing-brace' }, start);
      const ch = src[this.pos];
      if (ch === '}') {
        this.pos++;
        break;
      }
      if (ch === '\\' && this.pos + 1 < src.length) {
        flush();
        parts.push({ kind: 'literal', text: src[this.pos + 1], quoted: true });
        this.pos += 2;
      } else if (ch === "'" && !quoted) {
        flush();
        const close = src.indexOf("'", this.pos + 1);
        if (close === -1) throw this.error({ kind: 'unterminated-quote', quote: "'" }, this.pos);
        parts.push({ kind: 'literal', text: src.slice(this.pos + 1, close), quoted: true });
        this.pos = close + 1;
      } else if (ch === '"') {
        flush();
        parts.push(...this.lexDoubleQuoted());
      } else if (ch === '$' || ch === '`') {
        const part = this.lexDollarOrBackquote(quoted);
        if (part === undefined) {
          literal += ch;
          this.pos++;
        } else {
          flush();
          parts.push(part);
        }
      } else {
        literal += ch;
        this.pos++;
      }
    }
    flush();
    return parts;
  }
}

/** Parses a whole backquoted script. */
function parseWhole(src: string, options: ParserOptions): CommandList {
  const parser = new Parser(src, options);
  const items: ListItem[] = [];
  for (;;) {
    const list = parser.next();
    if (list === undefined) break;
    items.push(...list.items);
  }
  return { items };
}

/** The index of the `))` closing an arithmetic expansion that starts at `from`, or -1. */
function findArithClose(src: string, from: number): number {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const ch = src[i];
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return src[i + 1] === ')' ? i : -1;
      depth--;
    }
  }
  return -1;
}

/** Parses the inside of `$((...))` as a double-quoted word (expansions, no field splitting). */
function parseInnerWord(src: string): Word {
  const parser = new Parser(`"${src.replace(/["\\]/g, (c) => '\\' + c)}"`);
  const list = parser.next();
  const cmd = list?.items[0]?.andOr.first.commands[0];
  if (cmd !== undefined && cmd.kind === 'simple' && cmd.words[0] !== undefined) return cmd.words[0];
  return [{ kind: 'literal', text: src, quoted: true }];
}

/** `NAME=value` as the first words of a simple command are assignments. */
function asAssignment(parts: Word): Assignment | undefined {
  const first = parts[0];
  if (first === undefined || first.kind !== 'literal' || first.quoted) return undefined;
  const eq = first.text.indexOf('=');
  if (eq <= 0 || !NAME_RE.test(first.text.slice(0, eq))) return undefined;
  const rest = first.text.slice(eq + 1);
  const value: Word = rest === '' ? [] : [{ kind: 'literal', text: rest, quoted: false }];
  value.push(...parts.slice(1));
  return { name: first.text.slice(0, eq), value };
}

/** Parses a whole script at once (used by tests); throws ShellSyntaxError. */
export function parseScript(src: string, options: ParserOptions = {}): CommandList {
  const parser = new Parser(src, options);
  const items: ListItem[] = [];
  for (;;) {
    const list = parser.next();
    if (list === undefined) break;
    items.push(...list.items);
  }
  return { items };
}
