/**
 * A port of Go's text/template/parse lexer (lex.go): same items, same error texts.
 * Positions are UTF-16 offsets into the template text; error locations convert them to bytes.
 */

export type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'complex'
  | 'assign'
  | 'declare'
  | 'eof'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  // keywords (printed as <val> in errors)
  | 'block'
  | 'break'
  | 'continue'
  | 'dot'
  | 'define'
  | 'else'
  | 'end'
  | 'if'
  | 'nil'
  | 'range'
  | 'template'
  | 'with';

export interface Item {
  type: ItemType;
  pos: number;
  val: string;
  line: number;
}

const keywords: Record<string, ItemType> = {
  '.': 'dot',
  block: 'block',
  break: 'break',
  continue: 'continue',
  define: 'define',
  else: 'else',
  end: 'end',
  if: 'if',
  range: 'range',
  nil: 'nil',
  template: 'template',
  with: 'with',
};

const keywordTypes = new Set<ItemType>(['block', 'break', 'continue', 'dot', 'define', 'else', 'end', 'if', 'nil', 'range', 'template', 'with']);

/** Go's `item.String()`, used in "unexpected X in Y" errors. */
export function itemString(item: Item): string {
  if (item.type === 'eof') return 'EOF';
  if (item.type === 'error') return item.val;
  if (keywordTypes.has(item.type)) return `<${item.val}>`;
  const runes = [...item.val];
  if (runes.length > 10) return goQuote(runes.slice(0, 10).join('')) + '...';
  return goQuote(item.val);
}

function goQuote(s: string): string {
  // Templates rarely hold non-printable characters here; JSON quoting matches Go for printable text.
  return JSON.stringify(s);
}

const leftDelim = '{{';
const rightDelim = '}}';
const leftComment = '/*';
const rightComment = '*/';

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const alphaNumeric = /^[\p{L}\p{Nd}_]$/u;
const isAlphaNumeric = (c: string | undefined): boolean => c !== undefined && alphaNumeric.test(c);
const hasLeftTrimMarker = (s: string): boolean => s.length >= 2 && s[0] === '-' && isSpace(s[1]);
const hasRightTrimMarker = (s: string): boolean => s.length >= 2 && isSpace(s[0]) && s[1] === '-';

/** Lexes the whole template; the list ends with an `eof` or `error` item. */
export function lex(input: string): Item[] {
  const items: Item[] = [];
  let start = 0;
  let pos = 0;
  let parenDepth = 0;

  const lineAt = (offset: number): number => {
    let line = 1;
    for (let i = 0; i < offset; i++) if (input[i] === '\n') line++;
    return line;
  };
  const emit = (type: ItemType): void => {
    items.push({ type, pos: start, val: input.slice(start, pos), line: lineAt(start) });
    start = pos;
  };
  const fail = (message: string): false => {
    items.push({ type: 'error', pos: start, val: message, line: lineAt(start) });
    return false;
  };
  const peek = (): string | undefined => (pos < input.length ? codePointAt(pos) : undefined);
  const next = (): string | undefined => {
    const c = peek();
    if (c !== undefined) pos += c.length;
    return c;
  };
  const codePointAt = (at: number): string => String.fromCodePoint(input.codePointAt(at)!);
  const accept = (valid: string): boolean => {
    const c = peek();
    if (c !== undefined && valid.includes(c)) {
      pos += c.length;
      return true;
    }
    return false;
  };
  const acceptRun = (valid: string): void => {
    while (accept(valid));
  };
  const atRightDelim = (): { delim: boolean; trim: boolean } => {
    const rest = input.slice(pos);
    if (hasRightTrimMarker(rest) && rest.slice(2).startsWith(rightDelim)) return { delim: true, trim: true };
    return { delim: rest.startsWith(rightDelim), trim: false };
  };
  const atTerminator = (): boolean => {
    const c = peek();
    if (isSpace(c)) return true;
    if (c === undefined || '.,|:()'.includes(c)) return true;
    return input.startsWith(rightDelim, pos);
  };
  const leftTrimLength = (s: string): number => s.length - s.replace(/^[ \t\r\n]+/, '').length;
  const rightTrimLength = (s: string): number => s.length - s.replace(/[ \t\r\n]+$/, '').length;

  // lexText: returns false at EOF.
  const lexText = (): boolean => {
    const x = input.indexOf(leftDelim, pos);
    if (x < 0) {
      pos = input.length;
      if (pos > start) emit('text');
      emit('eof');
      return false;
    }
    if (x > pos) {
      pos = x;
      let trimLength = 0;
      if (hasLeftTrimMarker(input.slice(pos + leftDelim.length))) trimLength = rightTrimLength(input.slice(start, pos));
      pos -= trimLength;
      if (pos > start) emit('text');
      pos += trimLength;
      start = pos;
    }
    return lexLeftDelim();
  };

  const lexLeftDelim = (): boolean => {
    pos += leftDelim.length;
    const trim = hasLeftTrimMarker(input.slice(pos));
    const afterMarker = trim ? 2 : 0;
    if (input.startsWith(leftComment, pos + afterMarker)) {
      pos += afterMarker;
      start = pos;
      return lexComment();
    }
    emit('leftDelim');
    pos += afterMarker;
    start = pos;
    parenDepth = 0;
    return lexInsideAction();
  };

  const lexComment = (): boolean => {
    pos += leftComment.length;
    const x = input.indexOf(rightComment, pos);
    if (x < 0) return fail('unclosed comment');
    pos = x + rightComment.length;
    const { delim, trim } = atRightDelim();
    if (!delim) return fail('comment ends before closing delimiter');
    if (trim) pos += 2;
    pos += rightDelim.length;
    if (trim) pos += leftTrimLength(input.slice(pos));
    start = pos;
    return true;
  };

  const lexRightDelim = (trim: boolean): boolean => {
    if (trim) {
      pos += 2;
      start = pos;
    }
    pos += rightDelim.length;
    emit('rightDelim');
    if (trim) {
      pos += leftTrimLength(input.slice(pos));
      start = pos;
    }
    return true;
  };

  const lexInsideAction = (): boolean => {
    for (;;) {
      const { delim, trim } = atRightDelim();
      if (delim) {
        if (parenDepth === 0) return lexRightDelim(trim);
        return fail('unclosed left paren');
      }
      const r = next();
      if (r === undefined) return fail('unclosed action');
      if (isSpace(r)) {
        pos -= r.length;
        if (!lexSpace()) return true;
        continue;
      }
      if (r === '=') emit('assign');
      else if (r === ':') {
        if (next() !== '=') return fail('expected :=');
        emit('declare');
      } else if (r === '|') emit('pipe');
      else if (r === '"') {
        if (!lexQuote()) return false;
      } else if (r === '`') {
        if (!lexRawQuote()) return false;
      } else if (r === '$') {
        if (!lexFieldOrVariable('variable')) return false;
      } else if (r === "'") {
        if (!lexChar()) return false;
      } else if (r === '.' && pos < input.length && !(input[pos] >= '0' && input[pos] <= '9')) {
        if (!lexFieldOrVariable('field')) return false;
      } else if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
        pos -= r.length;
        if (!lexNumber()) return false;
      } else if (isAlphaNumeric(r)) {
        pos -= r.length;
        if (!lexIdentifier()) return false;
      } else if (r === '(') {
        emit('leftParen');
        parenDepth++;
      } else if (r === ')') {
        emit('rightParen');
        parenDepth--;
        if (parenDepth < 0) return fail('unexpected right paren');
      } else if (r.codePointAt(0)! < 0x7f && r.codePointAt(0)! >= 0x20) {
        emit('char');
      } else {
        return fail(`unrecognized character in action: ${formatRune(r)}`);
      }
    }
  };

  // Returns false when it stopped right before a trim-marked right delimiter (handled by caller).
  const lexSpace = (): boolean => {
    let numSpaces = 0;
    while (isSpace(peek())) {
      next();
      numSpaces++;
    }
    if (hasRightTrimMarker(input.slice(pos - 1)) && input.startsWith(rightDelim, pos - 1 + 2)) {
      pos--;
      if (numSpaces === 1) {
        lexRightDelim(true);
        return false;
      }
    }
    emit('space');
    return true;
  };

  const lexIdentifier = (): boolean => {
    while (isAlphaNumeric(peek())) next();
    const word = input.slice(start, pos);
    if (!atTerminator()) return fail(`bad character ${formatRune(peek())}`);
    const keyword = keywords[word];
    if (keyword !== undefined && keyword !== 'dot') emit(keyword);
    else if (word === 'true' || word === 'false') emit('bool');
    else emit('identifier');
    return true;
  };

  const lexFieldOrVariable = (type: 'field' | 'variable'): boolean => {
    if (atTerminator()) {
      emit(type === 'variable' ? 'variable' : 'dot');
      return true;
    }
    let r: string | undefined;
    for (;;) {
      r = next();
      if (!isAlphaNumeric(r)) {
        if (r !== undefined) pos -= r.length;
        break;
      }
    }
    if (!atTerminator()) return fail(`bad character ${formatRune(r)}`);
    emit(type);
    return true;
  };

  const lexChar = (): boolean => {
    for (;;) {
      const r = next();
      if (r === '\\') {
        const escaped = next();
        if (escaped !== undefined && escaped !== '\n') continue;
        return fail('unterminated character constant');
      }
      if (r === undefined || r === '\n') return fail('unterminated character constant');
      if (r === "'") break;
    }
    emit('charConstant');
    return true;
  };

  const lexQuote = (): boolean => {
    for (;;) {
      const r = next();
      if (r === '\\') {
        const escaped = next();
        if (escaped !== undefined && escaped !== '\n') continue;
        return fail('unterminated quoted string');
      }
      if (r === undefined || r === '\n') return fail('unterminated quoted string');
      if (r === '"') break;
    }
    emit('string');
    return true;
  };

  const lexRawQuote = (): boolean => {
    const end = input.indexOf('`', pos);
    if (end < 0) return fail('unterminated raw quoted string');
    pos = end + 1;
    emit('rawString');
    return true;
  };

  const scanNumber = (): boolean => {
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 11 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 23 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    accept('i');
    if (isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  };

  const lexNumber = (): boolean => {
    if (!scanNumber()) return fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
    const sign = peek();
    if (sign === '+' || sign === '-') {
      if (!scanNumber() || input[pos - 1] !== 'i') return fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
      emit('complex');
    } else emit('number');
    return true;
  };

  while (lexText());
  return items;
}

/** Go's `%#U`: `U+007D '}'`. */
function formatRune(r: string | undefined): string {
  if (r === undefined) return 'U+FFFFFFFF';
  const cp = r.codePointAt(0)!;
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(r) ? `${hex} '${r}'` : hex;
}
