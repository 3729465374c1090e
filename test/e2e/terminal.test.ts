/** The three stories typed at the terminal, at projector size, in real Chromium. */
import { storySuite } from './suite.ts';
import { terminalDriver } from './stories.ts';

storySuite('typed at the terminal', { prefix: 'terminal', viewport: { width: 1280, height: 720 }, driver: (page) => terminalDriver(page, 'terminal') });
