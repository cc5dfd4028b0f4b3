/**
 * The application layer's bench section ("app"), over the memory adapter: each part is its own
 * function in its own module (the daily check: app-daily.ts).
 *
 * `node dist/bench/index.js --only app [--quick]` runs it alone.
 */
import { registerSection } from './registry';
import { appDaily } from './app-daily';

registerSection({ id: 'app', order: 15, run: (args) => appDaily(args.quick) });
