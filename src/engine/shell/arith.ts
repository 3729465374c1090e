/**
 * `$(( ... ))`: integer arithmetic with the C operators people use in scripts
 * (`+ - * / %`, comparisons, `&& || !`, parentheses, `=` and `+=` on names).
 */

type Lookup = (name: string) => string | undefined;
type Assign = (name: string, value: string) => void;

/** The value, or the error bash would report (busybox only says "arithmetic syntax error"). */
export function evalArith(text: string, lookup: Lookup, assign: Assign): number | { error: string } {
  const tokens = text.match(/\s*(\d+|[A-Za-z_]\w*|\*\*|<=|>=|==|!=|&&|\|\||\+=|-=|\*=|\/=|[-+*/%()<>!=?:])\s*/gy);
  if (text.trim() === '') return 0;
  const joined = (tokens ?? []).join('');
  if (joined.length !== text.length) return { error: `syntax error: invalid arithmetic operator (error token is "${text.slice(joined.length)}")` };
  const toks = (tokens ?? []).map((t) => t.trim());
  let i = 0;
  const fail = (): never => {
    throw new ArithError(`syntax error: operand expected (error token is "${toks.slice(i).join('') || text.trim()}")`);
  };
  const peek = (): string | undefined => toks[i];
  const valueOf = (name: string): number => {
    const raw = lookup(name) ?? '';
    const n = Number.parseInt(raw, 10);
    return Number.isNaN(n) ? 0 : n;
  };

  const primary = (): number => {
    const t = toks[i];
    if (t === undefined) return fail();
    if (t === '(') {
      i++;
      const v = assignment();
      if (toks[i] !== ')') fail();
      i++;
      return v;
    }
    if (t === '-' || t === '+' || t === '!') {
      i++;
      const v = primary();
      return t === '-' ? -v : t === '+' ? v : v === 0 ? 1 : 0;
    }
    if (/^\d+$/.test(t)) {
      i++;
      return Number.parseInt(t, 10);
    }
    if (/^[A-Za-z_]/.test(t)) {
      i++;
      return valueOf(t);
    }
    return fail();
  };
  const binary = (ops: string[], next: () => number, apply: (op: string, a: number, b: number) => number) => (): number => {
    let v = next();
    while (peek() !== undefined && ops.includes(peek()!)) {
      const op = toks[i++];
      v = apply(op, v, next());
    }
    return v;
  };
  const mul = binary(['*', '/', '%'], primary, (op, a, b) => {
    if (op !== '*' && b === 0) throw new ArithError('division by 0 (error token is "0")');
    return op === '*' ? a * b : op === '/' ? Math.trunc(a / b) : a % b;
  });
  const add = binary(['+', '-'], mul, (op, a, b) => (op === '+' ? a + b : a - b));
  const rel = binary(['<', '>', '<=', '>='], add, (op, a, b) =>
    Number(op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b),
  );
  const eq = binary(['==', '!='], rel, (op, a, b) => Number(op === '==' ? a === b : a !== b));
  const and = binary(['&&'], eq, (_op, a, b) => Number(a !== 0 && b !== 0));
  const or = binary(['||'], and, (_op, a, b) => Number(a !== 0 || b !== 0));
  const ternary = (): number => {
    const c = or();
    if (peek() !== '?') return c;
    i++;
    const a = assignment();
    if (toks[i] !== ':') fail();
    i++;
    const b = assignment();
    return c !== 0 ? a : b;
  };
  const assignment = (): number => {
    const name = toks[i];
    const op = toks[i + 1];
    if (name !== undefined && /^[A-Za-z_]/.test(name) && op !== undefined && ['=', '+=', '-=', '*=', '/='].includes(op)) {
      i += 2;
      const rhs = assignment();
      const old = valueOf(name);
      const v = op === '=' ? rhs : op === '+=' ? old + rhs : op === '-=' ? old - rhs : op === '*=' ? old * rhs : Math.trunc(old / rhs);
      assign(name, String(v));
      return v;
    }
    return ternary();
  };

  try {
    const v = assignment();
    if (i < toks.length) fail();
    return v;
  } catch (err) {
    if (err instanceof ArithError) return { error: err.message };
    throw err;
  }
}

class ArithError extends Error {}
