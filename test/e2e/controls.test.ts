/** The three stories through the direct controls only: forms and buttons, nothing typed at the terminal. */
import { storySuite } from './suite.ts';
import { controlsDriver } from './stories.ts';

storySuite('through the direct controls', { prefix: 'controls', viewport: { width: 1280, height: 720 }, driver: (page) => controlsDriver(page, 'controls') });
