import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    // Keep the first load small: no source maps in the served bundle.
    enableSourceMap: false,
  },
} satisfies UserConfigExport<'webpack5'>
