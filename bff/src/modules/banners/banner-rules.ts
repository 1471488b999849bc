/**
 * What a banner may point at. Images are served by the platform itself (the H5 build's banner assets or
 * uploaded files) so the app never loads an external address; links stay inside the app.
 */
export const IMAGE_URL_PATTERN = /^\/(assets\/banners|files)\/[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.(png|jpg|jpeg|webp|svg)$/;
export const LINK_PATH_PATTERN = /^\/(pages|packages)\/[a-z0-9-]+(\/[a-z0-9-]+){1,3}(\?[A-Za-z0-9_=&%.-]{1,128})?$/;

export const IMAGE_URL_MESSAGE = '图片地址须为平台内的相对路径（/assets/banners/… 或 /files/…），支持 png、jpg、webp、svg';
export const LINK_PATH_MESSAGE = '跳转链接须为应用内页面路径，如 /pages/market/index';
export const WINDOW_MESSAGE = '结束时间须晚于开始时间';

export interface ActiveWindow {
  startsAt: Date | null;
  endsAt: Date | null;
}

export function isWindowOrdered({ startsAt, endsAt }: ActiveWindow): boolean {
  return !startsAt || !endsAt || startsAt.getTime() < endsAt.getTime();
}
