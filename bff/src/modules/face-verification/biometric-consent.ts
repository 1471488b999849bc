import { createHash } from 'node:crypto';

/**
 * 《人脸信息处理授权书》: the separate consent to processing biometric data (PIPL Art. 28/29), shown in full before the
 * first face verification. A new text gets a new version; a consent counts only for the version (and exact text,
 * by its SHA-256) the person accepted, so changing the text asks everyone again.
 */
export const BIOMETRIC_CONSENT_VERSION = '2026-12-01';

export const BIOMETRIC_CONSENT_TITLE = '人脸信息处理授权书';

export const BIOMETRIC_CONSENT_TEXT = [
  '为核实您本人办理贷款申请和签署借款合同的真实意愿，融通平台需要处理您的人脸信息。人脸信息属于敏感个人信息，请您仔细阅读本授权书。',
  '一、处理目的：仅用于在申请贷款和签署借款合同时核验“本人操作”，不用于其他目的。',
  '二、处理方式：您在核验页面拍摄的人脸图像由受委托的身份核验服务机构与公安机关身份信息比对，平台只接收核验结果（通过或不通过）和相似度分值，不保存您的人脸图像。',
  '三、提供的信息：为完成比对，平台将向核验服务机构提供您的姓名和公民身份号码。',
  '四、保存期限：核验结果随贷款申请保存，用于证明办理过程，保存期限与贷款档案一致。',
  '五、您的权利：您可以不同意本授权。不同意不影响您选择“线下核验”：携带身份证原件到放款机构柜台核验身份后继续办理。您可以查阅、复制平台处理的核验记录，也可以撤回本授权；撤回不影响撤回前已完成的核验。',
  '六、对您的影响：核验不通过时，您可以重新核验或改为线下核验，平台不会因此自动拒绝您的申请。',
  '点击“同意并继续”，即表示您已阅读并单独同意平台按上述方式处理您的人脸信息。',
].join('\n');

export const BIOMETRIC_CONSENT_SHA256 = createHash('sha256').update(BIOMETRIC_CONSENT_TEXT, 'utf8').digest('hex');
