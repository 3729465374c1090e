// placeholder until cp lands
import type { CommandHandler } from '../context.ts';
export const copy: CommandHandler = (ctx) => { ctx.io.stderr('not yet\n'); return 1; };
