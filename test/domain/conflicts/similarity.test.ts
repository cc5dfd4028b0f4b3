import { foldSound, fuzzySound } from '../../../src/domain/conflicts/similarity';
import { nameSound } from '../../../src/domain/normalise';

describe('fuzzySound (per-character cached fold)', () => {
  test.each([
    '王伟',
    '张晓明',
    '陈静',
    '欧阳子涵',
    '安达汽贸',
    'abc汽贸',
    'zhang三',
    '汽贸shang',
    'bmw4s店',
    '𠀋王',
    '',
  ])('%s: same as foldSound(nameSound(x))', (name) => {
    expect(fuzzySound(name, nameSound)).toBe(foldSound(nameSound(name)));
  });

  test('folds the confusable sounds', () => {
    expect(fuzzySound('张成', nameSound)).toBe('zan cen');
    expect(fuzzySound('王伟', nameSound)).toBe(fuzzySound('王玮', nameSound));
  });
});
