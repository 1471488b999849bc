/**
 * Reading a training table from CSV or ARFF text into raw columns of strings (null = missing). What the cells
 * mean (numbers, categories, the target) is decided by `prepareDataset` (prepare.ts).
 */

export type DeclaredType = 'numeric' | 'nominal' | 'string' | 'date' | 'undeclared';

export interface RawColumn {
  readonly name: string;
  /** ARFF declares a type per attribute; CSV columns are `undeclared` and inferred. */
  readonly declared: DeclaredType;
  /** The values an ARFF nominal attribute declares, in order. */
  readonly nominalValues?: readonly string[];
  readonly cells: (string | null)[];
}

export interface RawTable {
  readonly format: 'csv' | 'arff';
  readonly columns: readonly RawColumn[];
  readonly rows: number;
  /** The file line of each data row (1-based), for messages. */
  readonly lines: readonly number[];
}

/** A problem with the data file, worded for the person running the CLI. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

/** Cells read as missing in CSV (after trimming); ARFF marks missing with `?` only. */
export const CSV_MISSING_TOKENS: ReadonlySet<string> = new Set(['', '?', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None', '#N/A']);

/** Reads CSV or ARFF: ARFF when the name ends in .arff or the text starts (after comments) with @relation. */
export function parseTable(text: string, fileName = ''): RawTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/\.arff$/i.test(fileName) || /^(\s*%[^\n]*\n|\s*\n)*\s*@relation\b/i.test(body)) return parseArff(body);
  return parseCsv(body);
}

/** Splits one logical record; `quote` characters open and close quoted fields (a doubled quote is a quote). */
function splitRecord(line: string, delimiter: string, quotes: string, backslashEscapes: boolean): { fields: string[]; quoted: boolean[] } {
  const fields: string[] = [];
  const quoted: boolean[] = [];
  let field = '';
  let inQuote = '';
  let wasQuoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (inQuote) {
      if (backslashEscapes && char === '\\' && i + 1 < line.length) {
        field += line[i + 1];
        i += 1;
      } else if (char === inQuote) {
        if (line[i + 1] === inQuote) {
          field += char;
          i += 1;
        } else inQuote = '';
      } else field += char;
    } else if (char === delimiter) {
      fields.push(wasQuoted ? field : field.trim());
      quoted.push(wasQuoted);
      field = '';
      wasQuoted = false;
    } else if (quotes.includes(char) && field.trim() === '') {
      inQuote = char;
      wasQuoted = true;
      field = '';
    } else field += char;
  }
  if (inQuote) throw new DataFileError('引号没有闭合');
  fields.push(wasQuoted ? field : field.trim());
  quoted.push(wasQuoted);
  return { fields, quoted };
}

/** Logical CSV records (a quoted field may span lines), with the line each starts on. */
function csvRecords(text: string): { record: string; line: number }[] {
  const records: { record: string; line: number }[] = [];
  let start = 0;
  let line = 1;
  let recordLine = 1;
  let inQuote = false;
  for (let i = 0; i <= text.length; i += 1) {
    const char = text[i];
    if (char === '"') inQuote = !inQuote;
    if (i === text.length || (char === '\n' && !inQuote)) {
      const record = text.slice(start, i).replace(/\r$/, '');
      if (record.trim() !== '') records.push({ record, line: recordLine });
      start = i + 1;
      recordLine = line + 1;
    }
    if (char === '\n') line += 1;
  }
  if (inQuote) throw new DataFileError(`第 ${recordLine} 行的引号没有闭合`);
  return records;
}

function detectDelimiter(header: string): string {
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: header.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0].count > 0 ? counts[0].delimiter : ',';
}

export function parseCsv(text: string): RawTable {
  const records = csvRecords(text);
  if (records.length === 0) throw new DataFileError('文件是空的');
  const delimiter = detectDelimiter(records[0].record);
  const names = splitRecord(records[0].record, delimiter, '"', false).fields;
  const seen = new Set<string>();
  names.forEach((name, j) => {
    if (name === '') throw new DataFileError(`表头第 ${j + 1} 列没有列名`);
    if (seen.has(name)) throw new DataFileError(`表头中列名 "${name}" 重复`);
    seen.add(name);
  });
  const cells: (string | null)[][] = names.map(() => []);
  const lines: number[] = [];
  for (let r = 1; r < records.length; r += 1) {
    const { record, line } = records[r];
    let split: { fields: string[]; quoted: boolean[] };
    try {
      split = splitRecord(record, delimiter, '"', false);
    } catch (error) {
      throw new DataFileError(`第 ${line} 行: ${(error as Error).message}`);
    }
    if (split.fields.length !== names.length) {
      throw new DataFileError(`第 ${line} 行有 ${split.fields.length} 个字段，表头有 ${names.length} 个`);
    }
    split.fields.forEach((field, j) => cells[j].push(!split.quoted[j] && CSV_MISSING_TOKENS.has(field) ? null : field));
    lines.push(line);
  }
  return {
    format: 'csv',
    columns: names.map((name, j) => ({ name, declared: 'undeclared', cells: cells[j] })),
    rows: lines.length,
    lines,
  };
}

/** `@attribute name type`: the name may be quoted; the type is a keyword or a {nominal, list}. */
function parseAttribute(rest: string, line: number): { name: string; declared: DeclaredType; nominalValues?: string[] } {
  let name: string;
  let remainder: string;
  const quote = rest[0];
  if (quote === "'" || quote === '"') {
    const end = rest.indexOf(quote, 1);
    if (end < 0) throw new DataFileError(`第 ${line} 行: 属性名的引号没有闭合`);
    name = rest.slice(1, end);
    remainder = rest.slice(end + 1).trim();
  } else {
    const match = /^(\S+)\s+([\s\S]*)$/.exec(rest);
    if (!match) throw new DataFileError(`第 ${line} 行: @attribute 缺少类型`);
    name = match[1];
    remainder = match[2].trim();
  }
  if (remainder.startsWith('{')) {
    const end = remainder.lastIndexOf('}');
    if (end < 0) throw new DataFileError(`第 ${line} 行: 取值集合缺少 }`);
    const inner = remainder.slice(1, end);
    const values = inner.trim() === '' ? [] : splitRecord(inner, ',', '\'"', true).fields;
    return { name, declared: 'nominal', nominalValues: values };
  }
  const keyword = remainder.split(/\s+/)[0].toLowerCase();
  if (keyword === 'numeric' || keyword === 'real' || keyword === 'integer') return { name, declared: 'numeric' };
  if (keyword === 'string') return { name, declared: 'string' };
  if (keyword === 'date') return { name, declared: 'date' };
  throw new DataFileError(`第 ${line} 行: 不支持的属性类型 "${remainder}"`);
}

export function parseArff(text: string): RawTable {
  const lines = text.split('\n');
  const attributes: { name: string; declared: DeclaredType; nominalValues?: string[] }[] = [];
  let dataStart = -1;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i].replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('%')) continue;
    const lower = line.toLowerCase();
    if (lower.startsWith('@relation')) continue;
    if (lower.startsWith('@attribute')) {
      attributes.push(parseAttribute(line.slice('@attribute'.length).trim(), i + 1));
      continue;
    }
    if (lower.startsWith('@data')) {
      dataStart = i + 1;
      break;
    }
    throw new DataFileError(`第 ${i + 1} 行: 无法识别的 ARFF 头部 "${line.slice(0, 40)}"`);
  }
  if (attributes.length === 0) throw new DataFileError('ARFF 文件没有 @attribute 声明');
  if (dataStart < 0) throw new DataFileError('ARFF 文件没有 @data 部分');
  const seen = new Set<string>();
  for (const attribute of attributes) {
    if (seen.has(attribute.name)) throw new DataFileError(`属性名 "${attribute.name}" 重复`);
    seen.add(attribute.name);
  }
  const cells: (string | null)[][] = attributes.map(() => []);
  const rowLines: number[] = [];
  for (let i = dataStart; i < lines.length; i += 1) {
    const line = lines[i].replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('%')) continue;
    if (line.startsWith('{')) throw new DataFileError(`第 ${i + 1} 行: 不支持稀疏格式的 ARFF 数据`);
    let split: { fields: string[]; quoted: boolean[] };
    try {
      split = splitRecord(line, ',', '\'"', true);
    } catch (error) {
      throw new DataFileError(`第 ${i + 1} 行: ${(error as Error).message}`);
    }
    if (split.fields.length !== attributes.length) {
      throw new DataFileError(`第 ${i + 1} 行有 ${split.fields.length} 个值，声明了 ${attributes.length} 个属性`);
    }
    split.fields.forEach((field, j) => cells[j].push(!split.quoted[j] && field === '?' ? null : field));
    rowLines.push(i + 1);
  }
  return {
    format: 'arff',
    columns: attributes.map((attribute, j) => ({ ...attribute, cells: cells[j] })),
    rows: rowLines.length,
    lines: rowLines,
  };
}
