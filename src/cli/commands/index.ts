/** The CLI's commands. Adding one is one line here plus its module in this folder. */
import type { Command } from '../types';
import sample from './sample';
import init from './init';
import reviews from './reviews';
import tiers from './tiers';
import check from './check';
import validate from './validate';
import conflicts from './conflicts';
import daily from './daily';
import resolve from './resolve';
import exportCommand from './export';
import rota from './rota';

export const COMMANDS: Command[] = [
  sample,
  init,
  check,
  validate,
  conflicts,
  resolve,
  daily,
  rota,
  reviews,
  tiers,
  exportCommand,
];
