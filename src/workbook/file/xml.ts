/**
 * XML text helpers shared by the .xlsx readers: the fast reader (Node) and the ExcelJS adapter's
 * read of xl/workbook.xml (browser-safe: no Node APIs here).
 */

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

/** Decodes the five XML entities and character references; an out-of-range reference stays as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (whole, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's attribute text, by qualified name, values decoded. */
export function xmlAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let a = ATTR.exec(text); a; a = ATTR.exec(text)) attrs[a[1]] = decodeEntities(a[2] ?? a[3] ?? '');
  return attrs;
}

/** Characters an XML text cannot hold, and CR, which an XML reader turns into LF. */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML_TEXT = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const TO_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;

/**
 * A cell's text as an xlsx stores it (ECMA-376 22.9.2.19 ST_Xstring, the inverse of the readers'
 * decodeXstring): a control character, CR or U+FFFE/U+FFFF as _xHHHH_, and the underscore of a
 * literal _xHHHH_ as _x005F_. Left to ExcelJS, control characters were dropped, CR came back as LF
 * and U+FFFF made a file no reader opens.
 */
export function encodeXstring(s: string): string {
  if (!NOT_IN_XML_TEXT.test(s) && s.indexOf('_x') < 0) return s;
  return s.replace(TO_ESCAPE, (c) =>
    c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}
