// placeholder until inspect lands
import type { CommandHandler } from '../context.ts';
export const inspect: CommandHandler = (ctx) => { ctx.io.stderr('not yet\n'); return 1; };
