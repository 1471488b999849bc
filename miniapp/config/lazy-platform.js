// A stand-in for the `platform` package in the H5 build (CommonJS, as webpack resolves it).
//
// `platform` (the user-agent parser behind Taro's H5 getSystemInfo / getDeviceInfo) runs a few hundred regular
// expressions over navigator.userAgent the moment it is imported: 20–30 ms of the first load on the
// benchmark machine, several times that on a phone. The app and the NutUI components it uses never ask for
// system information on the way to the first render, so this object loads the real module on the first
// property read instead.

/** @type {Record<string, unknown> | undefined} */
let real

function load() {
  // The subpath is not aliased (the alias matches the bare name only), so this is the package itself.
  if (real === undefined) real = require('platform/platform.js')
  return real
}

/** Everything `platform` exports (its parse result's keys). */
const KEYS = ['description', 'layout', 'manufacturer', 'name', 'prerelease', 'product', 'ua', 'version', 'os', 'parse', 'toString']

const lazyPlatform = {}
for (const key of KEYS) {
  Object.defineProperty(lazyPlatform, key, { enumerable: true, get: () => load()[key] })
}

module.exports = lazyPlatform
