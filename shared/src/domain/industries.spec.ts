import { findIndustry, INDUSTRY_SECTIONS, industryName, industryTargets } from './industries';

describe('GB/T 4754-2017 industries', () => {
  const divisions = INDUSTRY_SECTIONS.flatMap((section) => section.divisions);

  it('has the 20 sections A to T', () => {
    expect(INDUSTRY_SECTIONS.map((section) => section.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('has the 97 divisions 01 to 97 in order, each named', () => {
    expect(divisions.map((division) => division.code)).toEqual(
      Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(divisions.every((division) => division.name.length > 0)).toBe(true);
  });

  it('assigns divisions to the right sections', () => {
    const sizes = Object.fromEntries(INDUSTRY_SECTIONS.map((section) => [section.code, section.divisions.length]));
    expect(sizes).toEqual({
      A: 5, B: 7, C: 31, D: 3, E: 4, F: 2, G: 8, H: 2, I: 3, J: 4,
      K: 1, L: 2, M: 3, N: 4, O: 3, P: 1, Q: 2, R: 5, S: 6, T: 1,
    });
  });

  it('finds a section by letter and a division by code', () => {
    expect(findIndustry('C')).toEqual({ section: expect.objectContaining({ name: '制造业' }) });
    const match = findIndustry('39');
    expect(match?.section.code).toBe('C');
    expect(match?.division?.name).toBe('计算机、通信和其他电子设备制造业');
    expect(findIndustry('79')?.division?.name).toBe('土地管理业');
    expect(findIndustry('05')?.section.name).toBe('农、林、牧、渔业');
  });

  it('rejects unknown codes', () => {
    for (const code of ['U', 'c', '00', '98', '3', '391', '']) {
      expect(findIndustry(code)).toBeUndefined();
    }
  });
});

describe('industryName', () => {
  it('names a section by its letter and a division by its two digits', () => {
    expect(industryName('C')).toBe('制造业');
    expect(industryName('H')).toBe('住宿和餐饮业');
    expect(industryName('27')).toBe('医药制造业');
  });

  it('shows a code the classification does not know as it is', () => {
    expect(industryName('ZZ')).toBe('ZZ');
  });
});

describe('industryTargets', () => {
  it('covers a division by itself and its section', () => {
    expect(industryTargets('39')).toEqual(['39', 'C']);
  });

  it('covers a section by itself and all its divisions', () => {
    const targets = industryTargets('A');
    expect(targets.slice(0, 2)).toEqual(['A', '01']);
    expect(targets).toContain('05');
  });
});
