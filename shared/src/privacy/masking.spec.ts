import { maskPersonName } from './masking';

describe('maskPersonName', () => {
  it('keeps the first character and masks the rest with one to three stars', () => {
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('王小明')).toBe('王**');
    expect(maskPersonName('欧阳娜娜')).toBe('欧***');
    expect(maskPersonName('阿卜杜热合曼·买买提')).toBe('阿***');
  });

  it('shows nothing of a one-character or blank name', () => {
    expect(maskPersonName('李')).toBe('*');
    expect(maskPersonName('  ')).toBe('*');
    expect(maskPersonName('')).toBe('*');
  });
});
