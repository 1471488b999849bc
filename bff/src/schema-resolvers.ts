import { ContentResolver } from './modules/content/content.resolver';
import { InstitutionsResolver } from './modules/institutions/institutions.resolver';
import { InstitutionProductCountResolver } from './modules/products/institution-product-count.resolver';
import { ProductsResolver } from './modules/products/products.resolver';

/**
 * Every resolver class, for emitting the SDL without booting the app. test/schema.int-spec.ts checks that the
 * running app's schema equals the one built from this list, so a resolver missing here fails the build.
 */
export const SCHEMA_RESOLVERS = [InstitutionsResolver, ProductsResolver, InstitutionProductCountResolver, ContentResolver];
