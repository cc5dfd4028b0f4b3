/** Access (制度 §5 查看权限): who may see which rows. Pure: roster in, scope and visible rows out. */
export * from './roster';
export * from './scope';
export * from './visible';
