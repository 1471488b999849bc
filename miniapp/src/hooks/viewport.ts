/** From this width on, the H5 build shows the desktop shell (top navigation, grid, filter panel). */
export const DESKTOP_MIN_WIDTH = 1024

export interface Viewport {
  width: number
  isDesktop: boolean
}

/** Only the H5 build has a desktop layout; a mini-program is always the mobile layout. */
export function viewportFor(width: number, taroEnv: string): Viewport {
  return { width, isDesktop: taroEnv === 'h5' && width >= DESKTOP_MIN_WIDTH }
}
