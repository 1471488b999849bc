// babel-preset-taro options: framework, TypeScript and the webpack5 compiler.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
}
