import { Injectable } from '@nestjs/common';
import { ConsentPurpose, LoanApplicationAction, LoanApplicationActor, LoanApplicationState } from '@rongtong/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../../infra/http/request-context';
import { Clock } from '../../../infra/clock/clock';
import { timeOrderedUuid } from '../../../infra/database/time-ordered-id';
import { AuditAction, AuditService } from '../../audit/audit.service';
import { DataUseService } from '../../data-use/data-use.service';
import { FilePurpose } from '../../files/file-purpose';
import { FilesService, type OpenedFile } from '../../files/files.service';
import { ProductRecords } from '../../products/product-records';
import { ApplicationAccess } from '../application-access';
import { ApplicationTransitions } from '../application-transitions';
import { ApplicationException } from '../application.exception';
import { ApplicationsRepository } from '../applications.repository';
import type { LoanApplicationRow } from '../loan-application.entity';
import { ApplicationMaterialModel } from '../models/loan-application.model';
import type { ApplicationMaterialEntity } from './application-material.entity';
import { ApplicationMaterialsStore } from './application-materials.store';

/** At most this many files per material, and per application. */
export const MAX_FILES_PER_MATERIAL = 5;
export const MAX_FILES_PER_APPLICATION = 30;

export function materialDownloadUrl(materialId: string): string {
  return `/api/loan-applications/materials/${materialId}`;
}

/**
 * Materials of applications: uploads (through the files endpoint, purpose LOAN_MATERIAL) attached to a draft under one
 * of the product's required materials, and downloads by the applicant's enterprise and the deciding institution —
 * each institution download recorded in the enterprise's data use log (VIEW) and the audit log before a byte is sent.
 */
@Injectable()
export class ApplicationMaterialsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: ApplicationMaterialsStore,
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly transitions: ApplicationTransitions,
    private readonly files: FilesService,
    private readonly products: ProductRecords,
    private readonly dataUse: DataUseService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Attaches the caller's upload to the draft as one of the product's required materials. */
  async attach(user: AuthUser, input: { applicationId: string; materialName: string; fileId: string }, meta: RequestMeta): Promise<ApplicationMaterialModel> {
    const application = await this.draftOf(user, input.applicationId);
    const actor = await this.access.applicant(user, application);
    const materialName = input.materialName.trim();
    const product = await this.products.findById(application.productId);
    if (!product?.requiredMaterials.includes(materialName)) {
      throw ApplicationException.invalidField('input.materialName', `该产品不需要“${materialName}”，请从产品所需材料中选择`);
    }
    const sha256 = await this.checkedSha256(user, input.fileId);
    const material: ApplicationMaterialEntity = {
      id: timeOrderedUuid(),
      applicationId: application.id,
      materialName,
      fileId: input.fileId.toLowerCase(),
      sha256,
      replacedBySource: null,
      attachedByUserId: user.userId,
      createdAt: this.clock.now(),
    };
    await this.transitions.apply(application, actor, {
      action: LoanApplicationAction.UPDATE_DRAFT,
      to: LoanApplicationState.DRAFT,
      note: null,
      detail: { change: 'MATERIAL_ATTACHED', materialId: material.id, fileId: material.fileId },
      within: async (manager) => {
        // Read again in the transaction, locked against the abandoned-upload sweep until the reference commits.
        const file = await this.files.findForClaim(manager, input.fileId);
        if (file === null || file.purpose !== FilePurpose.LOAN_MATERIAL || file.uploaderId !== user.userId) {
          throw ApplicationException.invalidField('input.fileId', '文件不存在或不是您上传的申请材料，请重新上传');
        }
        if (await this.store.attached(manager, application.id, material.fileId ?? '')) throw ApplicationException.invalidField('input.fileId', '该文件已添加到本申请');
        const counts = await this.store.uploadCounts(application.id, manager);
        if ((counts.get(materialName) ?? 0) >= MAX_FILES_PER_MATERIAL) {
          throw ApplicationException.invalidField('input.materialName', `每项材料最多上传 ${MAX_FILES_PER_MATERIAL} 个文件`);
        }
        if ((await this.store.fileCount(manager, application.id)) >= MAX_FILES_PER_APPLICATION) {
          throw ApplicationException.invalidField('input.fileId', `一份申请最多上传 ${MAX_FILES_PER_APPLICATION} 个文件`);
        }
        await this.store.insert(manager, [material]);
      },
    }, meta);
    const [model] = await this.toModels([material]);
    if (!model) throw ApplicationException.materialNotFound();
    return model;
  }

  /** Removes one attached file from the draft (the upload itself stays until the sweep finds it unreferenced). */
  async remove(user: AuthUser, materialId: string, meta: RequestMeta): Promise<boolean> {
    const material = await this.store.findById(materialId);
    if (material === null) throw ApplicationException.materialNotFound();
    const application = await this.draftOf(user, material.applicationId);
    const actor = await this.access.applicant(user, application);
    await this.transitions.apply(application, actor, {
      action: LoanApplicationAction.UPDATE_DRAFT,
      to: LoanApplicationState.DRAFT,
      note: null,
      detail: { change: 'MATERIAL_REMOVED', materialId },
      within: async (manager) => {
        if (!(await this.store.remove(manager, materialId, application.id))) throw ApplicationException.materialNotFound();
      },
    }, meta);
    return true;
  }

  /** The application's materials in the order they were attached. */
  async list(applicationId: string): Promise<ApplicationMaterialModel[]> {
    return this.toModels(await this.store.list(applicationId));
  }

  /**
   * The material's file for a caller on either side of its application. An institution download is written to the
   * data use log (VIEW, under the application's consent) and the audit log first, in one transaction: when that
   * fails, nothing is served.
   */
  async download(user: AuthUser, materialId: string, meta: RequestMeta): Promise<OpenedFile & { disposition: string }> {
    const material = await this.store.findById(materialId);
    if (material === null || material.fileId === null) throw ApplicationException.materialNotFound();
    const application = await this.applications.findById(material.applicationId);
    if (application === null) throw ApplicationException.materialNotFound();
    const viewer = await this.access.viewer(user, application);
    const fileId = material.fileId;
    if (viewer.kind === LoanApplicationActor.INSTITUTION) {
      await this.dataSource.transaction(async (manager) => {
        if (application.consentId !== null) {
          await this.dataUse.record(
            {
              enterpriseId: application.enterpriseId,
              kind: 'VIEW',
              purpose: ConsentPurpose.LOAN_APPLICATION,
              consentId: application.consentId,
              institutionId: application.institutionId,
              actorUserId: user.userId,
              outcome: 'OK',
              detail: `loan-material:${material.id}`,
            },
            manager,
          );
        }
        await this.audit.record(
          {
            actorId: user.userId,
            actorRole: user.role,
            action: AuditAction.LOAN_MATERIAL_DOWNLOADED,
            result: 'SUCCESS',
            targetType: 'LOAN_APPLICATION',
            targetId: application.id,
            meta,
            detail: { materialId: material.id, fileId },
          },
          manager,
        );
      });
    }
    return this.files.openClaimed(fileId);
  }

  private async draftOf(user: AuthUser, applicationId: string): Promise<LoanApplicationRow> {
    const application = await this.applications.findById(applicationId);
    if (application === null) throw ApplicationException.notFound();
    await this.access.applicantSide(user, application);
    if (application.state !== LoanApplicationState.DRAFT) throw ApplicationException.wrongState(application.state, LoanApplicationAction.UPDATE_DRAFT);
    return application;
  }

  /** The SHA-256 of the caller's own LOAN_MATERIAL upload; a field error for anything else. */
  private async checkedSha256(user: AuthUser, fileId: string): Promise<string> {
    const file = await this.files.findForClaim(this.dataSource.manager, fileId);
    if (file === null || file.purpose !== FilePurpose.LOAN_MATERIAL || file.uploaderId !== user.userId) {
      throw ApplicationException.invalidField('input.fileId', '文件不存在或不是您上传的申请材料，请重新上传');
    }
    return this.files.sha256Of(file.id);
  }

  private async toModels(rows: readonly ApplicationMaterialEntity[]): Promise<ApplicationMaterialModel[]> {
    const files = await this.files.findMany(rows.flatMap((row) => (row.fileId ? [row.fileId] : [])));
    return rows.map((row) => {
      const file = row.fileId ? files.get(row.fileId) : undefined;
      return Object.assign(new ApplicationMaterialModel(), {
        id: row.id,
        materialName: row.materialName,
        fileId: row.fileId,
        fileName: file?.name ?? null,
        mimeType: file?.mimeType ?? null,
        sizeBytes: file?.size ?? null,
        sha256: row.sha256,
        replacedBySource: row.replacedBySource,
        downloadUrl: row.fileId ? materialDownloadUrl(row.id) : null,
        createdAt: row.createdAt,
      });
    });
  }
}
