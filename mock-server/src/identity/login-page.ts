import { ENTERPRISE_RELATION_LABELS, type TestIdentity } from './identities';
import { escapeHtml } from './html';
import { maskPhone } from './masking';

export const PLATFORM_TITLE = '安徽政务服务统一身份认证平台（模拟）';

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;background:#eef3f9;color:#1f2d3d}
.banner{display:flex;align-items:center;gap:14px;padding:18px 24px;background:linear-gradient(90deg,#0b4a9b,#1668c9);color:#fff}
.emblem{flex-shrink:0;width:44px;height:44px;border-radius:50%;background:#fff;color:#c8161d;font-size:24px;font-weight:700;display:flex;align-items:center;justify-content:center}
.banner h1{margin:0;font-size:20px;font-weight:600}
.banner p{margin:4px 0 0;font-size:13px;opacity:.85}
.card{max-width:960px;margin:24px auto;background:#fff;border-radius:8px;box-shadow:0 2px 12px rgba(11,74,155,.12);padding:20px 24px}
.card>p{margin:0 0 12px;font-size:14px;color:#4a5a6a}
.card h2{margin:4px 0 14px;font-size:20px}
.notice{margin:0 0 16px;padding:10px 12px;border-radius:6px;background:#fff7e6;color:#8a5a00;font-size:13px}
.tab-switch{position:absolute;opacity:0}
.tabs{display:flex;border-bottom:1px solid #dbe3ee;margin-bottom:16px}
.tabs label{padding:10px 20px;cursor:pointer;font-size:15px;color:#4a5a6a;border-bottom:3px solid transparent}
#tab-person:checked~.tabs label[for=tab-person],#tab-enterprise:checked~.tabs label[for=tab-enterprise]{color:#0b4a9b;border-bottom-color:#0b4a9b;font-weight:600}
.panel{display:none}
#tab-person:checked~form .panel-person,#tab-enterprise:checked~form .panel-enterprise{display:block}
.panel ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:10px}
.identity{width:100%;text-align:left;padding:12px 14px;border:1px solid #dbe3ee;border-radius:6px;background:#f9fbfe;cursor:pointer;font:inherit;color:inherit;display:flex;flex-direction:column;gap:4px}
.identity:hover,.identity:focus{border-color:#1668c9;background:#eef5ff;outline:none}
.name{font-size:16px;font-weight:600}
.role{display:inline-block;margin-left:8px;padding:1px 6px;border-radius:3px;background:#e6f0ff;color:#0b4a9b;font-size:12px;font-weight:400}
.meta{font-size:13px;color:#6b7b8c}
.actions{margin-top:20px;text-align:center}
.cancel{padding:8px 32px;border:1px solid #c0cad6;border-radius:4px;background:#fff;color:#4a5a6a;font:inherit;cursor:pointer}
.cancel:hover{border-color:#8a99aa}
footer{text-align:center;font-size:12px;color:#8a99aa;margin:0 12px 24px}
@media (max-width:600px){.banner{padding:14px 16px}.banner h1{font-size:17px}.card{margin:12px;padding:16px}}
`;

export interface LoginPageInput {
  requestId: string;
  clientId: string;
  decisionUrl: string;
  identities: readonly TestIdentity[];
}

function identityButton(identity: TestIdentity): string {
  const role = identity.kind === 'ENTERPRISE' ? `<span class="role">${ENTERPRISE_RELATION_LABELS[identity.relation]}</span>` : '';
  const enterprise = identity.kind === 'ENTERPRISE' ? `<span class="meta">${escapeHtml(identity.enterpriseName)}</span>` : '';
  return `<li><button class="identity" type="submit" name="sub" value="${escapeHtml(identity.sub)}" data-sub="${escapeHtml(identity.sub)}">`
    + `<span class="name">${escapeHtml(identity.name)}${role}</span>`
    + `<span class="meta">手机 ${escapeHtml(maskPhone(identity.phone))}</span>${enterprise}</button></li>`;
}

export function renderLoginPage(input: LoginPageInput): string {
  const citizens = input.identities.filter((identity) => identity.kind === 'CITIZEN');
  const enterprises = input.identities.filter((identity) => identity.kind === 'ENTERPRISE');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${PLATFORM_TITLE}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="banner"><div class="emblem" aria-hidden="true">皖</div><div><h1>${PLATFORM_TITLE}</h1><p>测试环境，所列身份均为虚构，仅供开发联调使用</p></div></header>
<main class="card">
<p>应用 <strong>${escapeHtml(input.clientId)}</strong> 请求通过统一身份认证登录，将获取您的姓名、手机号码、身份证号码以及企业身份信息。</p>
<p class="notice">请选择一个测试身份登录。“个人登录”为自然人，“法人登录”为以企业法定代表人或经办人身份办理业务。</p>
<input class="tab-switch" type="radio" name="tab" id="tab-person" checked>
<input class="tab-switch" type="radio" name="tab" id="tab-enterprise">
<nav class="tabs"><label for="tab-person">个人登录</label><label for="tab-enterprise">法人登录</label></nav>
<form method="post" action="${escapeHtml(input.decisionUrl)}">
<input type="hidden" name="request_id" value="${escapeHtml(input.requestId)}">
<section class="panel panel-person" aria-label="个人登录"><ul>${citizens.map(identityButton).join('')}</ul></section>
<section class="panel panel-enterprise" aria-label="法人登录"><ul>${enterprises.map(identityButton).join('')}</ul></section>
<div class="actions"><button class="cancel" type="submit" name="cancel" value="1">取消</button></div>
</form>
</main>
<footer>安徽省统一身份认证平台模拟服务 · 融通金融大数据服务平台开发测试用</footer>
</body>
</html>`;
}

export function renderErrorPage(message: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>登录请求无法处理 - ${PLATFORM_TITLE}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="banner"><div class="emblem" aria-hidden="true">皖</div><div><h1>${PLATFORM_TITLE}</h1><p>测试环境，仅供开发联调使用</p></div></header>
<main class="card">
<h2>登录请求无法处理</h2>
<p class="notice" role="alert">${escapeHtml(message)}</p>
<p>请返回原应用重新发起登录。如问题持续存在，请联系应用的开发人员。</p>
</main>
</body>
</html>`;
}
