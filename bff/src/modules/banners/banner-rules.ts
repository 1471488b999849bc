/**
 * What a banner may point at. Images are served by the platform itself (the H5 build's banner assets or
 * uploaded files) so the app never loads an external address; links stay inside the app.
 */
const SHIPPED_IMAGE = String.raw`\/(?:assets\/banners|files)\/[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*\.(?:png|jpg|jpeg|webp|svg)`;
const UPLOADED_IMAGE = String.raw`\/api\/files\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
export const IMAGE_URL_PATTERN = new RegExp(`^(?:${SHIPPED_IMAGE}|${UPLOADED_IMAGE})$`);

/** The file id of an uploaded image path (/api/files/<id>), or undefined for a shipped asset. */
export function uploadedImageId(imageUrl: string): string | undefined {
  return /^\/api\/files\/([0-9a-f-]{36})$/.exec(imageUrl)?.[1];
}
export const LINK_PATH_PATTERN = /^\/(pages|packages)\/[a-z0-9-]+(\/[a-z0-9-]+){1,3}(\?[A-Za-z0-9_=&%.-]{1,128})?$/;

export const IMAGE_URL_MESSAGE = '图片须为上传的图片（/api/files/…）或平台内置图片（/assets/banners/…），支持 png、jpg、webp、svg';
export const LINK_PATH_MESSAGE = '跳转链接须为应用内页面路径，如 /pages/market/index';
export const WINDOW_MESSAGE = '结束时间须晚于开始时间';

export interface ActiveWindow {
  startsAt: Date | null;
  endsAt: Date | null;
}

export function isWindowOrdered({ startsAt, endsAt }: ActiveWindow): boolean {
  return !startsAt || !endsAt || startsAt.getTime() < endsAt.getTime();
}
