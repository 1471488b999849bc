import { BootstrapArgsError, DEFAULT_ADMIN_DISPLAY_NAME, firstLine, parseBootstrapArgs } from './bootstrap-args';

describe('parseBootstrapArgs', () => {
  it('takes the username, an optional display name and --password-stdin', () => {
    expect(parseBootstrapArgs([])).toEqual({ username: undefined, displayName: DEFAULT_ADMIN_DISPLAY_NAME, passwordFromStdin: false });
    expect(parseBootstrapArgs(['wang.admin', '王系统', '--password-stdin'])).toEqual({
      username: 'wang.admin',
      displayName: '王系统',
      passwordFromStdin: true,
    });
  });

  it('refuses a password on the command line, unknown options and extra arguments', () => {
    expect(() => parseBootstrapArgs(['admin', '--password=Secret-123456'])).toThrow('不接受命令行中的密码');
    expect(() => parseBootstrapArgs(['admin', '--password', 'Secret-123456'])).toThrow(BootstrapArgsError);
    expect(() => parseBootstrapArgs(['admin', '--force'])).toThrow('未知选项 --force');
    expect(() => parseBootstrapArgs(['a', 'b', 'c'])).toThrow('参数过多');
  });
});

describe('firstLine', () => {
  it('keeps the first line of piped input without its line ending', () => {
    expect(firstLine('Secret-Pass-2026\n')).toBe('Secret-Pass-2026');
    expect(firstLine('Secret-Pass-2026\r\nmore')).toBe('Secret-Pass-2026');
    expect(firstLine('')).toBe('');
  });
});
