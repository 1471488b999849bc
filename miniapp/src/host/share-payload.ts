import type { ShareInput } from './host-bridge'

let latest: ShareInput | undefined

/** Mini-programs share from the page's onShareAppMessage; the bridge leaves the payload here for it. */
export function rememberSharePayload(input: ShareInput): void {
  latest = input
}

export function currentSharePayload(): ShareInput | undefined {
  return latest
}
