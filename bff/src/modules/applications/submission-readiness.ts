import {
  DATA_SOURCE_LABELS,
  governmentSourceFor,
  IdentityVerificationPath,
  LOAN_APPLICATION_REQUIRED_SOURCE,
  MaterialStatus,
  SUBMISSION_FACE_VERIFICATION_MINUTES,
  SubmissionPrecondition,
  type DataSource,
  type FieldError,
} from '@rongtong/shared';
import { missingFormFields, productOpenForApplications, termErrors, type ApplicationTerms, type ProductTerms } from './application-rules';
import type { VerificationProof } from './identity-verification';

/** What the database and the other modules said about an application about to be submitted. */
export interface ReadinessContext {
  terms: ApplicationTerms;
  verificationPath: IdentityVerificationPath | null;
  product: ProductTerms | null;
  /** The active consent for loan applications to the product's institution covering the required source, if any. */
  consent: { id: string; sources: readonly DataSource[] } | null;
  /** The verification found for the chosen path, if any. */
  verification: VerificationProof | null;
  faceAvailable: boolean;
  /** Uploaded files per material name. */
  uploads: ReadonlyMap<string, number>;
}

export interface PreconditionCheck {
  precondition: SubmissionPrecondition;
  met: boolean;
  message: string;
}

export interface MaterialRequirement {
  materialName: string;
  status: MaterialStatus;
  governmentSource: DataSource | null;
  fileCount: number;
}

export interface Readiness {
  ready: boolean;
  preconditions: PreconditionCheck[];
  materials: MaterialRequirement[];
  /** One field error per unmet precondition: what submitting now would answer. */
  fieldErrors: FieldError[];
}

function materialRequirements(product: ProductTerms, context: ReadinessContext): MaterialRequirement[] {
  return product.requiredMaterials.map((materialName) => {
    const fileCount = context.uploads.get(materialName) ?? 0;
    const source = governmentSourceFor(materialName) ?? null;
    if (fileCount > 0) return { materialName, status: MaterialStatus.UPLOADED, governmentSource: source, fileCount };
    if (source !== null && context.consent?.sources.includes(source)) {
      return { materialName, status: MaterialStatus.REPLACED_BY_GOVERNMENT_DATA, governmentSource: source, fileCount };
    }
    return { materialName, status: MaterialStatus.MISSING, governmentSource: source, fileCount };
  });
}

function verificationCheck(context: ReadinessContext): PreconditionCheck {
  const precondition = SubmissionPrecondition.IDENTITY_VERIFICATION;
  if (context.verification) {
    const how = context.verification.path === IdentityVerificationPath.FACE ? '人脸核验已通过' : '机构已在柜台完成线下核验';
    return { precondition, met: true, message: how };
  }
  switch (context.verificationPath) {
    case null:
      return {
        precondition,
        met: false,
        message: context.faceAvailable ? '请选择身份核验方式：人脸核验，或到机构柜台线下核验' : '请选择线下核验：携带身份证原件到机构柜台核验身份',
      };
    case IdentityVerificationPath.FACE:
      return {
        precondition,
        met: false,
        message: context.faceAvailable
          ? `请完成人脸核验（通过后 ${SUBMISSION_FACE_VERIFICATION_MINUTES} 分钟内提交有效）`
          : '本平台暂未开通人脸核验，请改选线下核验',
      };
    case IdentityVerificationPath.COUNTER:
      return { precondition, met: false, message: '请携带身份证原件和申请编号到机构柜台完成线下核验，机构登记后即可提交' };
    default: {
      const unknown: never = context.verificationPath;
      return { precondition, met: false, message: `身份核验方式不存在：${String(unknown)}` };
    }
  }
}

/**
 * Every precondition of a submission (DESIGN §4.3), met or not, each with a Chinese message that says what is
 * missing and what to do: the product still takes applications, the form is complete and within the product's ranges,
 * an active consent covers the product's institution for loan applications, the identity is verified by the chosen
 * path, every required material is uploaded or replaced by consented government data.
 */
export function judgeReadiness(context: ReadinessContext): Readiness {
  const { product } = context;
  const checks: PreconditionCheck[] = [];
  const fieldErrors: FieldError[] = [];
  const add = (check: PreconditionCheck, field: string) => {
    checks.push(check);
    if (!check.met) fieldErrors.push({ field, message: check.message });
  };

  const available = product !== null && productOpenForApplications(product);
  add(
    { precondition: SubmissionPrecondition.PRODUCT_AVAILABLE, met: available, message: available ? `${product?.name ?? ''}接受线上申请` : '该产品已下架或暂停线上申请，请选择其他产品' },
    'productId',
  );

  const formErrors = [...missingFormFields(context.terms), ...(product ? termErrors(context.terms, product, '') : [])];
  add(
    {
      precondition: SubmissionPrecondition.FORM_COMPLETE,
      met: formErrors.length === 0,
      message: formErrors.length === 0 ? '申请金额、期限和用途已填写' : formErrors.map((error) => error.message).join('；'),
    },
    formErrors[0]?.field ?? 'amountFen',
  );

  const source = DATA_SOURCE_LABELS[LOAN_APPLICATION_REQUIRED_SOURCE];
  add(
    {
      precondition: SubmissionPrecondition.CONSENT,
      met: context.consent !== null,
      message: context.consent !== null ? '已授权该机构为贷款申请使用企业数据' : `请授权该产品所属机构为“贷款申请”使用企业数据，授权须包括${source}`,
    },
    'consent',
  );

  add(verificationCheck(context), 'verification');

  const materials = product ? materialRequirements(product, context) : [];
  const missing = materials.filter((material) => material.status === MaterialStatus.MISSING).map((material) => material.materialName);
  const replaced = materials.filter((material) => material.status === MaterialStatus.REPLACED_BY_GOVERNMENT_DATA);
  add(
    {
      precondition: SubmissionPrecondition.MATERIALS,
      met: product !== null && missing.length === 0,
      message:
        missing.length > 0
          ? `请上传：${missing.join('、')}${materials.some((material) => material.status === MaterialStatus.MISSING && material.governmentSource) ? '（营业执照等可由授权的政务数据替代）' : ''}`
          : replaced.length > 0
            ? `材料齐全，其中${replaced.map((material) => material.materialName).join('、')}已由政务数据（${replaced.flatMap((material) => (material.governmentSource ? [DATA_SOURCE_LABELS[material.governmentSource]] : [])).join('、')}）替代`
            : '材料齐全',
    },
    'materials',
  );

  return { ready: fieldErrors.length === 0, preconditions: checks, materials, fieldErrors };
}
