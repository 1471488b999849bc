import { Injectable } from '@nestjs/common';
import {
  consentStatusAt,
  DATA_SOURCE_CONTENTS,
  DATA_SOURCE_LABELS,
  DATA_SOURCES,
  PLATFORM_DISPLAY_NAME,
  type ConsentPurpose,
} from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import { Clock } from '../../infra/clock/clock';
import type { ConnectionShape } from '../../infra/graphql/pagination/connection';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../../infra/graphql/pagination/cursor';
import type { PageArgs } from '../../infra/graphql/pagination/page.args';
import { AccountNames } from '../accounts/account-names';
import { DataUseService } from '../data-use/data-use.service';
import type { DataUseRecordConnection } from '../data-use/models/data-use-record.model';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { InstitutionsService } from '../institutions/institutions.service';
import { ProductRecords } from '../products/product-records';
import { ActingEnterprises } from './acting-enterprise';
import { ConsentException } from './consent.exception';
import { normalisePurposes } from './consent-rules';
import { ConsentsRepository } from './consents.repository';
import type { DataConsentRow } from './data-consent.entity';
import type { MyDataConsentsArgs } from './dto/consents.args';
import { ConsentAgreementModel } from './models/consent-agreement.model';
import { DataConsentModel, type DataConsentConnection } from './models/data-consent.model';
import { DataSourceInfoModel } from './models/data-source-info.model';

const CONSENTS_SORT = 'GRANTED_DESC';
const DATA_USE_SORT = 'OCCURRED_DESC';

/** A keyset cursor of an instant-ordered list, or BAD_USER_INPUT on `after`. */
function decodeInstantCursor(after: string, sort: string): { at: Date; id: string } {
  try {
    const cursor = decodeCursor(after, sort, 'instant');
    return { at: new Date(cursor.key), id: cursor.id };
  } catch (error) {
    if (error instanceof InvalidCursorError) throw ConsentException.invalidCursor();
    throw error;
  }
}

/** A page of nodes ordered by an instant (newest first), each with its keyset cursor. */
function instantConnection<T extends { id: string }>(
  nodes: readonly T[],
  hasNextPage: boolean,
  totalCount: number,
  sort: string,
  instantOf: (node: T) => Date,
): ConnectionShape<T> {
  const edges = nodes.map((node) => ({ cursor: encodeCursor({ sort, key: instantOf(node).toISOString(), id: node.id }), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/** What the enterprise reads of its data authorisations: sources, agreements, its consents, its data use log. */
@Injectable()
export class ConsentViewsService {
  constructor(
    private readonly repository: ConsentsRepository,
    private readonly acting: ActingEnterprises,
    private readonly dataUse: DataUseService,
    private readonly enterprises: EnterprisesService,
    private readonly institutions: InstitutionsService,
    private readonly products: ProductRecords,
    private readonly accountNames: AccountNames,
    private readonly clock: Clock,
  ) {}

  dataSources(): DataSourceInfoModel[] {
    return DATA_SOURCES.map((source) =>
      Object.assign(new DataSourceInfoModel(), { source, label: DATA_SOURCE_LABELS[source], contents: DATA_SOURCE_CONTENTS[source] }),
    );
  }

  /** The current agreement of the purpose; NOT_FOUND when none is published yet. */
  async agreement(purpose: ConsentPurpose): Promise<ConsentAgreementModel> {
    const agreement = await this.repository.currentAgreement(purpose, this.clock.now());
    if (agreement === null) throw ConsentException.agreementNotFound();
    return Object.assign(new ConsentAgreementModel(), {
      purpose: agreement.purpose,
      version: agreement.version,
      title: agreement.title,
      text: agreement.text,
      sha256: agreement.sha256,
      publishedAt: agreement.publishedAt,
    });
  }

  async myConsents(user: AuthUser, args: MyDataConsentsArgs): Promise<DataConsentConnection> {
    const { enterpriseId } = await this.acting.of(user);
    const after = args.after ? decodeInstantCursor(args.after, CONSENTS_SORT) : undefined;
    const now = this.clock.now();
    const status = args.status ?? null;
    const [rows, totalCount] = await Promise.all([
      this.repository.page(enterpriseId, status, now, args.first + 1, after && { grantedAt: after.at, id: after.id }),
      this.repository.count(enterpriseId, status, now),
    ]);
    const models = await this.toModels(rows.slice(0, args.first));
    return instantConnection(models, rows.length > args.first, totalCount, CONSENTS_SORT, (model) => model.grantedAt);
  }

  async dataUseRecords(user: AuthUser, args: PageArgs): Promise<DataUseRecordConnection> {
    const { enterpriseId } = await this.acting.of(user);
    const after = args.after ? decodeInstantCursor(args.after, DATA_USE_SORT) : undefined;
    const page = await this.dataUse.page(enterpriseId, args.first, after && { occurredAt: after.at, id: after.id }, (ids) =>
      this.repository.referencesByIds(ids),
    );
    return instantConnection(page.records, page.hasNextPage, page.totalCount, DATA_USE_SORT, (record) => record.occurredAt);
  }

  async agentPurposes(user: AuthUser): Promise<ConsentPurpose[]> {
    const { enterpriseId } = await this.acting.of(user);
    return normalisePurposes((await this.enterprises.agentConsentPurposes(enterpriseId)) ?? []);
  }

  /** The GraphQL models of consents, naming their grantee institutions, products and (masked) grantors. */
  async toModels(consents: readonly DataConsentRow[]): Promise<DataConsentModel[]> {
    const distinct = (ids: ReadonlyArray<string | null>) => [...new Set(ids.filter((id): id is string => id !== null))];
    const [institutionNames, products, grantorNames] = await Promise.all([
      this.institutions.namesByIds(distinct(consents.map((consent) => consent.granteeInstitutionId))),
      this.products.findByIds(distinct(consents.map((consent) => consent.productId))),
      this.accountNames.masked(distinct(consents.map((consent) => consent.grantedByUserId))),
    ]);
    const productNames = new Map(products.map((product) => [product.id, product.name]));
    const now = this.clock.now();
    return consents.map((consent) =>
      Object.assign(new DataConsentModel(), {
        id: consent.id,
        reference: consent.reference,
        status: consentStatusAt(consent, now),
        sources: [...consent.sources],
        purpose: consent.purpose,
        granteeKind: consent.granteeKind,
        granteeInstitutionId: consent.granteeInstitutionId,
        granteeName: consent.granteeInstitutionId === null ? PLATFORM_DISPLAY_NAME : (institutionNames.get(consent.granteeInstitutionId) ?? PLATFORM_DISPLAY_NAME),
        productId: consent.productId,
        productName: consent.productId === null ? null : (productNames.get(consent.productId) ?? null),
        grantorRelation: consent.grantorRelation,
        grantedByName: grantorNames.get(consent.grantedByUserId) ?? '*',
        agreementVersion: consent.agreementVersion,
        agreementSha256: consent.agreementSha256,
        grantedAt: consent.grantedAt,
        expiresAt: consent.expiresAt,
        revokedAt: consent.revokedAt,
      }),
    );
  }
}
