import { escapeHtml } from '../identity/html';
import { maskResidentId } from '../identity/masking';
import type { FaceOrderState, FaceResult } from './orders';

export const FACE_PAGE_TITLE = '人脸核验（模拟）';

/** 余辉浩 → 余*浩, 李四 → 李*, 欧阳明月 → 欧**月: how providers show whose face is being checked. */
export function maskName(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= 1) return '*';
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}${'*'.repeat(characters.length - 2)}${characters.at(-1) ?? ''}`;
}

/** `YYYY-MM-DD HH:mm` in China time (UTC+8), for people. */
export function beijingTime(ms: number): string {
  return new Date(ms + 8 * 60 * 60 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

export const RESULT_LABELS: Record<FaceResult, string> = {
  PASSED: '通过',
  FAILED: '不通过',
  LIVENESS_FAILED: '活体检测失败',
};

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;background:#f2f5f9;color:#1c2733;font-size:16px;line-height:1.6}
header{padding:16px 20px;background:#0b4a9b;color:#fff}
header h1{margin:0;font-size:19px;font-weight:600}
header p{margin:2px 0 0;font-size:13px;color:#dbe7f7}
main{max-width:520px;margin:16px auto;padding:0 12px}
.card{background:#fff;border-radius:10px;box-shadow:0 2px 10px rgba(11,74,155,.1);padding:20px}
h2{margin:0 0 12px;font-size:18px}
dl{display:grid;grid-template-columns:auto 1fr;gap:6px 12px;margin:0 0 16px}
dt{color:#4d5b69}
dd{margin:0;font-weight:600}
.hint{margin:0 0 16px;padding:10px 12px;border-radius:6px;background:#eef5ff;color:#17457d;font-size:14px}
.warn{background:#fff4e5;color:#7a4300}
fieldset{border:0;margin:0;padding:0}
legend{font-weight:600;margin-bottom:10px}
.choices{display:flex;flex-direction:column;gap:10px}
button,.link{display:block;width:100%;min-height:48px;padding:10px 16px;border-radius:8px;border:2px solid transparent;font:inherit;font-size:17px;font-weight:600;cursor:pointer;text-align:center;text-decoration:none}
button:focus-visible,.link:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
.pass{background:#0d7a3e;color:#fff}
.fail{background:#b3261e;color:#fff}
.liveness{background:#fff;color:#8a4b00;border-color:#8a4b00}
.link{background:#0b4a9b;color:#fff}
.note{margin:16px 0 0;font-size:13px;color:#4d5b69}
`;

interface PageFrame {
  heading: string;
  body: string;
}

function page(frame: PageFrame): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(frame.heading)} - ${FACE_PAGE_TITLE}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${FACE_PAGE_TITLE}</h1><p>测试环境，不采集任何人脸信息</p></header>
<main><section class="card" aria-labelledby="page-heading">
<h2 id="page-heading">${escapeHtml(frame.heading)}</h2>
${frame.body}
</section></main>
</body>
</html>`;
}

function returnLink(returnUrl: string | null): string {
  return returnUrl === null
    ? '<p class="note">请返回原应用查看核验结果。</p>'
    : `<a class="link" href="${escapeHtml(returnUrl)}">返回应用</a>`;
}

export interface VerifyPageInput {
  name: string;
  residentId: string;
  merchantId: string;
  expiresAtMs: number;
  actionUrl: string;
}

/** The open order: who is verified, until when, and the three outcomes a tester can choose. */
export function renderVerifyPage(input: VerifyPageInput): string {
  return page({
    heading: '请完成人脸核验',
    body: `<dl>
<dt>核验对象</dt><dd>${escapeHtml(maskName(input.name))}</dd>
<dt>身份证号</dt><dd>${escapeHtml(maskResidentId(input.residentId))}</dd>
<dt>发起方</dt><dd>${escapeHtml(input.merchantId)}</dd>
</dl>
<p class="hint">真实环境将在此进行活体检测并与公安人口库照片比对。测试环境请直接选择核验结果。请在北京时间 ${beijingTime(input.expiresAtMs)} 前完成，逾期链接失效。</p>
<form method="post" action="${escapeHtml(input.actionUrl)}">
<fieldset>
<legend>请选择核验结果</legend>
<div class="choices">
<button class="pass" type="submit" name="result" value="PASSED">通过</button>
<button class="fail" type="submit" name="result" value="FAILED">不通过</button>
<button class="liveness" type="submit" name="result" value="LIVENESS_FAILED">活体检测失败</button>
</div>
</fieldset>
</form>`,
  });
}

/** An order whose 10 minutes ran out before anyone chose. */
export function renderExpiredPage(returnUrl: string | null): string {
  return page({
    heading: '核验链接已过期',
    body: `<p class="hint warn" role="alert">本次人脸核验链接的 10 分钟有效期已过，请返回应用重新发起核验。</p>${returnLink(returnUrl)}`,
  });
}

/** An order already finished: by this page, the host app or the test hook. */
export function renderFinishedPage(state: FaceOrderState, result: FaceResult | null, returnUrl: string | null): string {
  const outcome = result === null ? '' : `核验结果：${RESULT_LABELS[result]}。`;
  const heading = state === 'PASSED' ? '人脸核验已通过' : '人脸核验已完成';
  return page({
    heading,
    body: `<p class="hint" role="status">本次人脸核验已结束。${outcome}</p>${returnLink(returnUrl)}`,
  });
}

/** A link that names no order (mistyped, or forgotten after 24 hours). */
export function renderUnknownPage(): string {
  return page({
    heading: '核验链接无效',
    body: '<p class="hint warn" role="alert">找不到这次人脸核验，链接可能有误或已失效。请返回应用重新发起核验。</p>',
  });
}

/** A form post without one of the three results. */
export function renderBadChoicePage(actionUrl: string): string {
  return page({
    heading: '请选择核验结果',
    body: `<p class="hint warn" role="alert">没有收到有效的核验结果，请返回核验页面重新选择。</p><a class="link" href="${escapeHtml(actionUrl)}">返回核验页面</a>`,
  });
}
