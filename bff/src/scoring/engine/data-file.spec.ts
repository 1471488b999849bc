import { DataFileError, parseArff, parseCsv, parseTable } from './data-file';
import { prepareDataset } from './prepare';

const ARFF = `% a small credit file
@relation 'credit small'
@attribute checking {'<0', '0<=X<200', 'no checking'}
@attribute duration numeric
@attribute 'credit amount' real
@attribute purpose string
@attribute class {good, bad}
@data
'<0',6,1169,radio/tv,good
'0<=X<200',48,?,'new car',bad
% a comment between rows
'no checking',12,2096,education,good
?,42,7882,'furniture, equipment',good
'<0',24,4870,'new car',bad
`;

function expectError(action: () => unknown, pattern: RegExp): void {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DataFileError);
  expect((thrown as Error).message).toMatch(pattern);
}

describe('ARFF', () => {
  it('reads declared types, quoted names and values, missing ? and comments', () => {
    const table = parseArff(ARFF);
    expect(table.columns.map((column) => [column.name, column.declared])).toEqual([
      ['checking', 'nominal'],
      ['duration', 'numeric'],
      ['credit amount', 'numeric'],
      ['purpose', 'string'],
      ['class', 'nominal'],
    ]);
    expect(table.rows).toBe(5);
    expect(table.columns[0].nominalValues).toEqual(['<0', '0<=X<200', 'no checking']);
    expect(table.columns[2].cells[1]).toBeNull();
    expect(table.columns[0].cells[3]).toBeNull();
    expect(table.columns[3].cells[3]).toBe('furniture, equipment');
    expect(table.lines).toEqual([9, 10, 12, 13, 14]);
  });

  it('is recognised by name or by its @relation', () => {
    expect(parseTable(ARFF).format).toBe('arff');
    expect(parseTable('a,b\n1,2\n', 'x.csv').format).toBe('csv');
  });

  it('refuses sparse data, unknown types and rows of the wrong length', () => {
    expectError(() => parseArff('@relation r\n@attribute a numeric\n@data\n{0 1}\n'), /稀疏/);
    expectError(() => parseArff('@relation r\n@attribute a relational\n@data\n'), /不支持的属性类型/);
    expectError(() => parseArff('@relation r\n@attribute a numeric\n@attribute b numeric\n@data\n1\n'), /第 5 行有 1 个值，声明了 2 个属性/);
    expectError(() => parseArff('@relation r\n@attribute a numeric\n'), /没有 @data/);
  });
});

describe('CSV', () => {
  it('reads quoted fields with delimiters, quotes and line breaks, missing tokens and CRLF', () => {
    const table = parseCsv('name,amount,note\r\n"Wang, Ltd",12.5,"said ""hi""\nthen left"\r\nLi,NA,\r\n');
    expect(table.columns[0].cells).toEqual(['Wang, Ltd', 'Li']);
    expect(table.columns[1].cells).toEqual(['12.5', null]);
    expect(table.columns[2].cells).toEqual(['said "hi"\nthen left', null]);
    expect(table.lines).toEqual([2, 4]);
  });

  it('detects semicolons and tabs', () => {
    expect(parseCsv('a;b\n1;2\n').columns.map((column) => column.name)).toEqual(['a', 'b']);
    expect(parseCsv('a\tb\n1\t2\n').columns[1].cells).toEqual(['2']);
  });

  it('names the line of a row with the wrong number of fields, and duplicate headers', () => {
    expectError(() => parseCsv('a,b\n1,2\n3\n'), /第 3 行有 1 个字段，表头有 2 个/);
    expectError(() => parseCsv('a,a\n1,2\n'), /列名 "a" 重复/);
    expectError(() => parseCsv(''), /空/);
  });
});

describe('preparing a dataset', () => {
  it('turns nominal and string columns into categories, numbers into numbers, the target into 0/1', () => {
    const prepared = prepareDataset(parseArff(ARFF), { target: 'class', positive: 'bad' });
    const { dataset } = prepared;
    expect(dataset.features.map((feature) => [feature.name, feature.kind])).toEqual([
      ['checking', 'categorical'],
      ['duration', 'numeric'],
      ['credit amount', 'numeric'],
      ['purpose', 'categorical'],
    ]);
    expect(Array.from(dataset.y)).toEqual([0, 1, 0, 0, 1]);
    expect(dataset.x.get(1, 2)).toBeNaN();
    expect(dataset.x.get(3, 0)).toBeNaN();
    expect(dataset.x.get(1, 0)).toBe(1);
    expect(prepared.target).toEqual({ column: 'class', positive: 'bad', positiveChosen: false });
  });

  it('takes 1 of a 0/1 target, else the rarer value, and says so', () => {
    expect(prepareDataset(parseCsv('x,y\n1,0\n2,1\n3,1\n'), { target: 'y' }).target.positive).toBe('1');
    const chosen = prepareDataset(parseArff(ARFF), { target: 'class' }).target;
    expect(chosen).toEqual({ column: 'class', positive: 'bad', positiveChosen: true });
  });

  it('drops a constant column and an all-missing one with a warning, keeps a value-or-missing column', () => {
    const csv = 'a,constant,empty,flag,y\n1,7,,1,0\n2,7,,,1\n3,7,NA,1,0\n4,7,,,1\n';
    const prepared = prepareDataset(parseCsv(csv), { target: 'y' });
    expect(prepared.dataset.features.map((feature) => feature.name)).toEqual(['a', 'flag']);
    expect(prepared.dropped).toEqual([
      { column: 'constant', reason: 'constant' },
      { column: 'empty', reason: 'all-missing' },
    ]);
    expect(prepared.warnings.join('\n')).toMatch(/列 "constant" 只有一个取值 "7"，已忽略/);
    expect(prepared.warnings.join('\n')).toMatch(/列 "empty" 全部缺失，已忽略/);
  });

  it('refuses a single class', () => {
    expectError(() => prepareDataset(parseCsv('a,y\n1,0\n2,0\n'), { target: 'y' }), /只有一个取值 "0"/);
    expectError(() => prepareDataset(parseCsv('a,y\n1,0\n2,0\n'), { target: 'y', positive: '0' }), /只有一类/);
    expectError(() => prepareDataset(parseCsv('a,y\n1,0\n2,1\n'), { target: 'y', positive: 'yes' }), /没有取值为 "yes" 的行/);
  });

  it('refuses a target column that does not exist, suggesting a near name', () => {
    expectError(() => prepareDataset(parseCsv('a,Default\n1,0\n2,1\n'), { target: 'default' }), /目标列 "default" 不存在；是否是 "Default"/);
    expectError(() => prepareDataset(parseCsv('a,b\n1,0\n2,1\n'), { target: 'y' }), /文件中的列: a, b/);
  });

  it('names the line and column of junk in a numeric column', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i},${i % 2}`);
    rows[13] = '1.5x,1';
    expectError(() => prepareDataset(parseCsv(`ratio,y\n${rows.join('\n')}\n`), { target: 'y' }), /第 15 行，列 "ratio" 的值 "1.5x" 不是数字/);
    // A declared numeric ARFF attribute allows no junk at all.
    expectError(
      () => prepareDataset(parseArff('@relation r\n@attribute a numeric\n@attribute y {0,1}\n@data\nabc,1\n2,0\n'), { target: 'y' }),
      /第 5 行，列 "a" 的值 "abc" 不是数字/,
    );
  });

  it('reads a column of mostly text as categories, and --categorical forces numbers into categories', () => {
    const csv = 'sector,code,y\nC,11,0\nF,12,1\nC,11,0\nG,13,1\n';
    const prepared = prepareDataset(parseCsv(csv), { target: 'y', categorical: ['code'] });
    expect(prepared.dataset.features).toEqual([
      { name: 'sector', kind: 'categorical', categories: ['C', 'F', 'G'] },
      { name: 'code', kind: 'categorical', categories: ['11', '12', '13'] },
    ]);
  });

  it('drops identifier-like text columns and ignored ones, and rows without a target', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `ID${i},${i % 3},${i === 5 ? '' : i % 2}`);
    const prepared = prepareDataset(parseCsv(`id,x,y\n${rows.join('\n')}\n`), { target: 'y' });
    expect(prepared.dropped).toEqual([{ column: 'id', reason: 'identifier' }]);
    expect(prepared.dataset.y).toHaveLength(119);
    expect(prepared.warnings.join('\n')).toMatch(/目标列缺失的 1 行已忽略/);
    expect(prepareDataset(parseCsv('a,b,y\n1,2,0\n2,3,1\n'), { target: 'y', ignore: ['b'] }).dropped).toEqual([{ column: 'b', reason: 'ignored' }]);
    expectError(() => prepareDataset(parseCsv('a,y\n1,0\n2,1\n'), { target: 'y', ignore: ['nope'] }), /列 "nope" 不存在/);
  });

  it('refuses a table with nothing but the target', () => {
    expectError(() => prepareDataset(parseCsv('c,y\n5,0\n5,1\n'), { target: 'y' }), /没有可用的特征列/);
  });
});
