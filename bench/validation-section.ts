/** Wraps bench/validation.ts (the validation helper's bench) as a section of the bench table. */
import { registerSection } from './registry';
import { benchValidation } from './validation';

registerSection({
  id: 'validation',
  order: 60,
  run: (args) => {
    const sizes = args.quick ? [100_000] : [100_000, 1_048_575];
    return [
      {
        title: 'Validation',
        head: ['rows', 'ms', 'rows/s', 'issues', 'rules'],
        rows: sizes.map((n) => {
          const r = benchValidation(n);
          return [
            String(r.rows),
            String(r.ms),
            String(Math.round(r.rowsPerSecond)),
            String(r.issues),
            String(r.rulesRun),
          ];
        }),
      },
    ];
  },
});
