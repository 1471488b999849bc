import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import { preloadScript, readSafelist } from './preload'
import prodConfig from './prod'
import { resolveRuntimeEnv } from './runtime-env'

// NutUI React Taro ships its styles for a 375 px design; ours use the same width, so one ratio covers both.
const DESIGN_WIDTH = 375

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV ?? 'h5'
  // As src/api/endpoint.ts decides whether the app sends operations by hash (Taro sets NODE_ENV for `taro build`).
  const sendsPersistedOperations = process.env.NODE_ENV === 'production'
  const env = resolveRuntimeEnv(platform, process.env)
  const preload =
    platform === 'h5' && sendsPersistedOperations
      ? preloadScript({ apiUrl: JSON.parse(env.TARO_APP_API_URL) as string, safelist: readSafelist() })
      : undefined
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'rongtong-miniapp',
    date: '2025-11-26',
    designWidth: DESIGN_WIDTH,
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    plugins: [],
    env,
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    // Home banners reference their images by path (/assets/banners/…), so they are copied as they are.
    copy: { patterns: [{ from: 'src/assets/banners/', to: `dist/${platform}/assets/banners/` }], options: {} },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // NutUI's templates are not found by prebundled mini-program builds (NutUI "Precautions").
      prebundle: { enable: false },
    },
    cache: { enable: false },
    mini: {
      // Component stylesheets use their own class names and never rely on cascade order between files.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      // A production build sends operations by hash, and its index.html fetches the first pages' data by hash while
      // the JavaScript downloads (config/preload.ts); a development build sends operation text and has no such script.
      htmlPluginOption: { preloadScript: preload },
      publicPath: '/',
      staticDirectory: 'static',
      // Taro's React implementations of View, Text, Image, Input, Button, ScrollView and Swiper: plain HTML
      // elements instead of Stencil web components, so a page renders without upgrading a custom element per
      // View (Stencil stays only for the tab bar and the few components without a React version).
      useHtmlComponents: true,
      router: { mode: 'browser' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        // The root font size grows with the viewport only up to the 375 px design scale, so a desktop
        // browser renders the design 1:1 instead of blowing it up.
        pxtransform: { enable: true, config: { baseFontSize: 20, minRootSize: 16, maxRootSize: 20 } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Taro splits only initial chunks on H5, so every lazily loaded page would carry its own copy of
        // NutUI and @rongtong/shared; splitting async chunks too lets the pages share them. Taro's minSize of 0
        // made a chunk of every module two pages share (首页 loaded 30 files of 1–2 KB); with webpack's 20 KB
        // default small shared modules stay in the pages' own chunks.
        chain.optimization.merge({ splitChunks: { chunks: 'all', minSize: 20000 } })
        // 首页 is where nearly every visit starts: bundled with the app, it renders without a second round of
        // requests for its chunks (first contentful paint 1.4 → 0.8 s in Lighthouse's mobile simulation).
        chain.entry('app').add(path.resolve(__dirname, '..', 'src', 'pages', 'index', 'index'))
        // The user-agent parser behind Taro's getSystemInfo runs on import; load it on first use (see the file).
        chain.resolve.alias.set('platform$', path.resolve(__dirname, 'lazy-platform.js'))
        // Taro's React components style their button with two-class rules that beat NutUI's; the loader drops them.
        chain.module
          .rule('taro-button-css')
          .test(/@tarojs[\\/]components-react[\\/]dist[\\/]index\.css$/)
          .enforce('pre')
          .use('taro-button-css')
          .loader(path.resolve(__dirname, 'taro-button-css-loader.js'))
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
