import { InitialSchema1764028800000 } from './1764028800000-initial-schema';
import { SecurityCore1764115200000 } from './1764115200000-security-core';
import { IdentityAndStaff1764115300000 } from './1764115300000-identity-and-staff';
import { ProductSearch1764200100000 } from './1764200100000-product-search';
import { ProductVersions1764200200000 } from './1764200200000-product-versions';
import { ContentManagement1764200400000 } from './1764200400000-content-management';
import { Banners1764200500000 } from './1764200500000-banners';
import { StoredFiles1764300300000 } from './1764300300000-stored-files';
import { ContentAttachments1764300310000 } from './1764300310000-content-attachments';
import { InstitutionDirectory1764300400000 } from './1764300400000-institution-directory';
import { CatalogueRevision1764300500000 } from './1764300500000-catalogue-revision';
import { ContentVersions1764300600000 } from './1764300600000-content-versions';
import { StaffLockout1764400400000 } from './1764400400000-staff-lockout';
import { BindingsFollowIdentity1764400650000 } from './1764400650000-bindings-follow-identity';
import { DataConsents1764500500000 } from './1764500500000-data-consents';
import { GovData1764500600000 } from './1764500600000-gov-data';
import { LoanApplications1764600500000 } from './1764600500000-loan-applications';
import { OutboxEvents1764600800000 } from './1764600800000-outbox-events';
import { FaceVerification1764600900000 } from './1764600900000-face-verification';

/** Every SQLite migration, oldest first. Listed explicitly so ts-node, jest and compiled code load the same set. */
export const SQLITE_MIGRATIONS = [InitialSchema1764028800000, SecurityCore1764115200000, IdentityAndStaff1764115300000, ProductSearch1764200100000, ProductVersions1764200200000, ContentManagement1764200400000, Banners1764200500000, StoredFiles1764300300000, ContentAttachments1764300310000, InstitutionDirectory1764300400000, CatalogueRevision1764300500000, ContentVersions1764300600000, StaffLockout1764400400000, BindingsFollowIdentity1764400650000, DataConsents1764500500000, GovData1764500600000, LoanApplications1764600500000, OutboxEvents1764600800000, FaceVerification1764600900000];
