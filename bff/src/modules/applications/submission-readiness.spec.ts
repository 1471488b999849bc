import { DataSource, IdentityVerificationPath, MaterialStatus, ProductStatus, RepaymentMethod, SubmissionPrecondition } from '@rongtong/shared';
import type { ProductTerms } from './application-rules';
import { judgeReadiness, type ReadinessContext } from './submission-readiness';

const PRODUCT: ProductTerms = {
  id: 'p-1',
  name: '颍淮税易贷',
  institutionId: 'i-1',
  status: ProductStatus.PUBLISHED,
  onlineApply: true,
  minAmountFen: 1_000_000,
  maxAmountFen: 300_000_000,
  minTermMonths: 3,
  maxTermMonths: 36,
  minRateBp: 365,
  maxRateBp: 600,
  repaymentMethods: [RepaymentMethod.EQUAL_INSTALLMENT],
  requiredMaterials: ['营业执照', '法定代表人身份证', '近一年纳税证明'],
};

const READY: ReadinessContext = {
  terms: { amountFen: 50_000_000, termMonths: 12, purpose: '采购原材料' },
  verificationPath: IdentityVerificationPath.COUNTER,
  product: PRODUCT,
  consent: { id: 'c-1', sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX] },
  verification: { path: IdentityVerificationPath.COUNTER, reference: 'v-1', verifiedAt: new Date() },
  faceAvailable: true,
  uploads: new Map([['法定代表人身份证', 1]]),
};

describe('submission readiness', () => {
  it('is ready when every precondition holds, with government data replacing the materials it proves', () => {
    const readiness = judgeReadiness(READY);
    expect(readiness.ready).toBe(true);
    expect(readiness.fieldErrors).toEqual([]);
    expect(readiness.preconditions.map((check) => check.precondition)).toEqual([
      SubmissionPrecondition.PRODUCT_AVAILABLE,
      SubmissionPrecondition.FORM_COMPLETE,
      SubmissionPrecondition.CONSENT,
      SubmissionPrecondition.IDENTITY_VERIFICATION,
      SubmissionPrecondition.MATERIALS,
    ]);
    expect(readiness.materials.map((material) => material.status)).toEqual([MaterialStatus.REPLACED_BY_GOVERNMENT_DATA, MaterialStatus.UPLOADED, MaterialStatus.REPLACED_BY_GOVERNMENT_DATA]);
    expect(readiness.preconditions.at(-1)?.message).toBe('材料齐全，其中营业执照、近一年纳税证明已由政务数据（市场主体登记信息、纳税信息）替代');
  });

  it('names each unmet precondition with its field and what to do', () => {
    const readiness = judgeReadiness({ ...READY, consent: null, verification: null, uploads: new Map(), terms: { amountFen: 50_000_000 } });
    expect(readiness.ready).toBe(false);
    expect(readiness.fieldErrors.map((error) => error.field)).toEqual(['termMonths', 'consent', 'verification', 'materials']);
    expect(readiness.fieldErrors[3]?.message).toBe('请上传：营业执照、法定代表人身份证、近一年纳税证明（营业执照等可由授权的政务数据替代）');
    expect(readiness.fieldErrors[2]?.message).toContain('柜台');
  });

  it('says face verification is not offered when it is not, and refuses a product that left the supermarket', () => {
    const face = judgeReadiness({ ...READY, verification: null, verificationPath: IdentityVerificationPath.FACE, faceAvailable: false });
    expect(face.fieldErrors[0]?.message).toBe('本平台暂未开通人脸核验，请改选线下核验');
    const retired = judgeReadiness({ ...READY, product: { ...PRODUCT, status: ProductStatus.RETIRED } });
    expect(retired.fieldErrors.map((error) => error.field)).toEqual(['productId']);
  });
});
