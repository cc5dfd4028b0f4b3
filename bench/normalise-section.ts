/** Wraps bench/normalise.ts (the normalisers helper's bench) as a section of the bench table. */
import { registerSection } from './registry';
import { benchNormalisers } from './normalise';

registerSection({
  id: 'normalise',
  order: 50,
  run: (args) => {
    const rows = benchNormalisers(args.quick ? 100_000 : 1_000_000);
    return [
      {
        title: 'Normalisers',
        head: ['normaliser', 'calls', 'ms', 'ns/call'],
        rows: rows.map((r) => [r.name, String(r.calls), String(r.ms), String(r.nsPerCall)]),
      },
    ];
  },
});
