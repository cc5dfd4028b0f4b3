/**
 * Messages point at tabs and buttons that exist: a message that sends the user to the 「X」页 / the X
 * tab names one of the pane's tabs, and one that says to press 「X」 / "X" names one of its buttons,
 * word for word. (An error once said 请先运行「初始化」, a button no version of the pane had.)
 */
import { allTables, t } from '../../src/i18n';
import type { Lang } from '../../src/domain/schema';

const TAB_KEYS = ['pane.tab.check', 'pane.tab.showroom', 'pane.tab.reviews', 'pane.tab.setup', 'pane.tab.settings'];
/** The pane's buttons a message may name (a count in brackets is not part of the name). */
const BUTTON_KEYS = [
  'pane.check.run',
  'pane.setup.run',
  'pane.settings.save',
  'pane.settings.restore',
  'pane.conflict.resolve',
  'pane.conflict.merge',
  'pane.conflict.notSame',
  'pane.reviews.create',
  'pane.reviews.updateScores',
  'pane.firstWrite.confirm',
  'entry.ask',
  'entry.jump',
];

const labels = (lang: Lang, keys: string[]) => new Set(keys.map((k) => t(lang, k).replace(/[（(]\{\w+\}[）)]$/, '')));

/** The tabs and buttons a message names, by the words around them. */
export function namedPlaces(lang: Lang, text: string): { tabs: string[]; buttons: string[] } {
  const all = (re: RegExp) => [...text.matchAll(re)].map((m) => m[1]);
  if (lang === 'zh') return { tabs: all(/「([^」]+)」页/g), buttons: all(/(?:点击|点|运行|标记)「([^」]+)」(?!页)/g) };
  return {
    tabs: all(/\b(?:the|The) "?([A-Z][a-z]+)"? tab\b/g),
    buttons: all(/\b(?:press|Press|click|Click|mark them|Run) "([^"]+)"/g),
  };
}

function wrongPlaces(lang: Lang, text: string): string[] {
  const tabs = labels(lang, TAB_KEYS);
  const buttons = labels(lang, BUTTON_KEYS);
  const named = namedPlaces(lang, text);
  return [
    ...named.tabs.filter((x) => !tabs.has(x)).map((x) => `tab ${x}`),
    ...named.buttons.filter((x) => !buttons.has(x)).map((x) => `button ${x}`),
  ];
}

describe('messages name tabs and buttons that exist', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`every ${lang} message`, () => {
      const bad: string[] = [];
      let named = 0;
      for (const table of allTables())
        for (const [key, text] of Object.entries(table[lang])) {
          const places = namedPlaces(lang, text);
          named += places.tabs.length + places.buttons.length;
          for (const w of wrongPlaces(lang, text)) bad.push(`${key}: ${w}`);
        }
      expect(bad).toEqual([]);
      // the scan finds the messages that do name places (the missing-column error among them)
      expect(named).toBeGreaterThan(5);
      expect(namedPlaces(lang, t(lang, 'workbook.error.noColumn')).tabs).toEqual([t(lang, 'pane.tab.setup')]);
    });
  }

  it('the scan can fail', () => {
    expect(wrongPlaces('zh', '请先运行「初始化」添加缺少的列。')).toEqual(['button 初始化']);
    expect(wrongPlaces('zh', '请在「设置」页运行检查。')).toEqual([]);
    expect(wrongPlaces('zh', '请在「初始化」页添加。')).toEqual(['tab 初始化']);
    expect(wrongPlaces('en', 'In the Init tab, press "Initialise".')).toEqual(['tab Init', 'button Initialise']);
    expect(wrongPlaces('en', 'In the Setup tab, press "Set up or repair workbook".')).toEqual([]);
  });
});
