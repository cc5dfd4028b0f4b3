/** The CLI's commands. Adding one is one line here plus its module in this folder. */
import type { Command } from '../types';
import sample from './sample';
import init from './init';

export const COMMANDS: Command[] = [
  sample,
  init,
];
