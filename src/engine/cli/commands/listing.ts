// placeholder until the listing commands land
import type { CommandHandler } from '../context.ts';
const todo: CommandHandler = (ctx) => { ctx.io.stderr('not yet\n'); return 1; };
export const ps = todo, images = todo, history = todo, volumes = todo;
