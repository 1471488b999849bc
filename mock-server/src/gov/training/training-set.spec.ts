import { buildMockServer } from '../../app';
import { SYNTHETIC_POPULATION } from '../synthetic-enterprises';
import { TRAINING_COLUMNS, type TrainingRow } from './indicators';
import { sampleIndices } from './training-set';

type App = ReturnType<typeof buildMockServer>;

const URL = '/gov/v1/_synthetic/training-set';

interface TrainingSetJson {
  asOf: string;
  seed: number;
  rows: number;
  columns: string[];
  data: TrainingRow[];
}

function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
}

describe('training set', () => {
  let app: App;

  beforeAll(() => {
    app = buildMockServer({ logger: false, gov: { asOfMonth: '2026-11' } });
  });

  afterAll(async () => {
    await app.close();
  });

  const get = (query: string) => app.inject({ method: 'GET', url: `${URL}${query}` });

  it('answers 1,000 JSON rows by default, every documented column in each, without a signature', async () => {
    const response = await get('');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = response.json<TrainingSetJson>();
    expect(body).toMatchObject({ asOf: '2026-11', seed: 1, rows: 1_000, columns: [...TRAINING_COLUMNS] });
    expect(body.data).toHaveLength(1_000);
    expect(new Set(body.data.map((row) => row.uscc)).size).toBe(1_000);
    for (const row of body.data) {
      expect(Object.keys(row)).toEqual([...TRAINING_COLUMNS]);
      expect([0, 1]).toContain(row.default_12m);
      expect(row.as_of).toBe('2026-11');
      expect(Number.isSafeInteger(row.revenue_12m_fen)).toBe(true);
    }
    const rate = body.data.filter((row) => row.default_12m === 1).length / body.data.length;
    expect(rate).toBeGreaterThan(0.03);
    expect(rate).toBeLessThan(0.13);
  });

  it('answers CSV with a header and one line per row, the same rows as JSON', async () => {
    const csv = await get('?n=50&seed=42&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('inline; filename="training-set-2026-11-seed42-n50.csv"');
    const [header, ...lines] = parseCsv(csv.body);
    expect(header).toEqual([...TRAINING_COLUMNS]);
    expect(lines).toHaveLength(50);
    const json = (await get('?n=50&seed=42')).json<TrainingSetJson>();
    lines.forEach((cells, index) => {
      const row = json.data[index];
      expect(cells).toEqual(TRAINING_COLUMNS.map((column) => (row[column] === null ? '' : String(row[column]))));
    });
  });

  it('draws the same sample for the same seed and another for another seed', async () => {
    const first = (await get('?n=20&seed=7')).json<TrainingSetJson>().data.map((row) => row.uscc);
    const again = (await get('?n=20&seed=7')).json<TrainingSetJson>().data.map((row) => row.uscc);
    const other = (await get('?n=20&seed=8')).json<TrainingSetJson>().data.map((row) => row.uscc);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('takes another as-of month', async () => {
    const body = (await get('?n=5&asOf=2025-06')).json<TrainingSetJson>();
    expect(body.asOf).toBe('2025-06');
    expect(body.data.every((row) => row.as_of === '2025-06')).toBe(true);
  });

  it('streams the largest set with one header and 50,000 distinct rows', async () => {
    const response = await get('?n=50000&format=csv&seed=3');
    expect(response.statusCode).toBe(200);
    const lines = response.body.trimEnd().split('\n');
    expect(lines).toHaveLength(50_001);
    expect(new Set(lines.slice(1).map((line) => line.slice(0, line.indexOf(',')))).size).toBe(50_000);
  }, 60_000);

  it.each([
    ['?n=0', 'n'],
    ['?n=50001', 'n'],
    ['?n=1.5', 'n'],
    ['?seed=-1', 'seed'],
    ['?seed=4294967296', 'seed'],
    ['?format=xml', 'format'],
    ['?asOf=2026-13', 'asOf'],
  ])('refuses %s naming the field', async (query, field) => {
    const response = await get(query);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
  });
});

describe('sampleIndices', () => {
  it('picks a stride coprime with the population, so the indices never repeat', () => {
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
    for (let seed = 0; seed < 500; seed += 1) {
      const { offset, stride } = sampleIndices(seed);
      expect(gcd(stride, SYNTHETIC_POPULATION)).toBe(1);
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThan(SYNTHETIC_POPULATION);
    }
  });
});
