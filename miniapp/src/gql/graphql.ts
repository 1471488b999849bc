/* eslint-disable */
import { InstitutionType } from '@rongtong/shared';
import { ProductCategory } from '@rongtong/shared';
import { GuaranteeMethod } from '@rongtong/shared';
import { RepaymentMethod } from '@rongtong/shared';
import { EnterpriseScale } from '@rongtong/shared';
import { EnterpriseType } from '@rongtong/shared';
import { PolicyLevel } from '@rongtong/shared';
import { ProductStatus } from '@rongtong/shared';
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO 8601 in UTC on the wire, e.g. 2026-11-25T08:00:00.000Z */
  DateTime: { input: string; output: string; }
  /** An amount of money in integer fen (分); a JSON number that is a safe integer */
  Fen: { input: number; output: number; }
};

export { EnterpriseScale };

export { EnterpriseType };

/** 常见问题 */
export type Faq = {
  __typename?: 'Faq';
  answer: Scalars['String']['output'];
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  keywords: Array<Scalars['String']['output']>;
  question: Scalars['String']['output'];
};

export { GuaranteeMethod };

/** 金融机构 */
export type Institution = {
  __typename?: 'Institution';
  address: Scalars['String']['output'];
  contactPhone: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** YYYY-MM-DD */
  establishedOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 已上架的产品数 */
  productCount: Scalars['Int']['output'];
  /** GB/T 2260 administrative division code of the seat, e.g. 341202 */
  regionCode: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
  type: InstitutionType;
  website?: Maybe<Scalars['String']['output']>;
};

export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  edges: Array<InstitutionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type InstitutionFilter = {
  keyword?: InputMaybe<Scalars['String']['input']>;
  /** institutions seated in this region or inside it (341200 includes 341202) */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<InstitutionType>>;
};

export { InstitutionType };

/** 资讯 */
export type News = {
  __typename?: 'News';
  /** sanitised HTML: only <p>, <h3>, <ol>, <li>, <strong> */
  bodyHtml: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: PolicyLevel;
  /** YYYY-MM-DD */
  publishedOn: Scalars['String']['output'];
  source: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type NewsConnection = {
  __typename?: 'NewsConnection';
  edges: Array<NewsEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NewsEdge = {
  __typename?: 'NewsEdge';
  cursor: Scalars['String']['output'];
  node: News;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** 政策 */
export type Policy = {
  __typename?: 'Policy';
  /** sanitised HTML: only <p>, <h3>, <ol>, <li>, <strong> */
  bodyHtml: Scalars['String']['output'];
  /** 文号, e.g. 皖政办〔2024〕5号 */
  documentNumber: Scalars['String']['output'];
  /** empty = all */
  enterpriseTypes: Array<EnterpriseType>;
  id: Scalars['ID']['output'];
  /** GB/T 4754 codes the policy targets; empty = all */
  industryCodes: Array<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['output'];
  issuer: Scalars['String']['output'];
  level: PolicyLevel;
  /** empty = all */
  scales: Array<EnterpriseScale>;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  edges: Array<PolicyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  cursor: Scalars['String']['output'];
  node: Policy;
};

export { PolicyLevel };

/** 金融产品 */
export type Product = {
  __typename?: 'Product';
  applyCount: Scalars['Int']['output'];
  category: ProductCategory;
  description: Scalars['String']['output'];
  guaranteeMethods: Array<GuaranteeMethod>;
  id: Scalars['ID']['output'];
  institution: Institution;
  maxAmountFen: Scalars['Fen']['output'];
  /** annual rate in basis points: 435 = 4.35% */
  maxRateBp: Scalars['Int']['output'];
  maxTermMonths: Scalars['Int']['output'];
  minAmountFen: Scalars['Fen']['output'];
  /** lowest accepted credit grade (AAA … C) */
  minCreditGrade?: Maybe<Scalars['String']['output']>;
  /** annual rate in basis points: 435 = 4.35% */
  minRateBp: Scalars['Int']['output'];
  minTermMonths: Scalars['Int']['output'];
  minYearsInBusiness: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  onlineApply: Scalars['Boolean']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  repaymentMethods: Array<RepaymentMethod>;
  requiredMaterials: Array<Scalars['String']['output']>;
  status: ProductStatus;
  summary: Scalars['String']['output'];
  /** GB/T 4754 section letters or division codes; empty = every industry */
  targetIndustryCodes: Array<Scalars['String']['output']>;
  /** GB/T 2260 codes; empty = every region */
  targetRegionCodes: Array<Scalars['String']['output']>;
  /** empty = every scale */
  targetScales: Array<EnterpriseScale>;
};

export { ProductCategory };

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  /** products whose amount range covers this amount */
  amountFen?: InputMaybe<Scalars['Fen']['input']>;
  categories?: InputMaybe<Array<ProductCategory>>;
  guaranteeMethods?: InputMaybe<Array<GuaranteeMethod>>;
  /** GB/T 4754 section letter or division code; products open to it (empty target list = open to all) */
  industryCode?: InputMaybe<Scalars['String']['input']>;
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  institutionTypes?: InputMaybe<Array<InstitutionType>>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  /** products whose lowest rate is at most this */
  maxRateBp?: InputMaybe<Scalars['Int']['input']>;
  onlineApplyOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** products open to this region (empty target list = open to all); a product for 341200 is open to 341202 */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  repaymentMethods?: InputMaybe<Array<RepaymentMethod>>;
  /** products whose term range covers this term */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
};

export enum ProductSort {
  /** 额度从高到低 */
  AMOUNT_DESC = 'AMOUNT_DESC',
  /** 最新发布 */
  NEWEST = 'NEWEST',
  /** 申请人数最多 */
  POPULARITY = 'POPULARITY',
  /** 利率从低到高 */
  RATE_ASC = 'RATE_ASC'
}

export { ProductStatus };

export type Query = {
  __typename?: 'Query';
  /** 常见问题，按分类和顺序 */
  faqs: Array<Faq>;
  /** 金融机构详情 */
  institution: Institution;
  /** 金融机构名录 */
  institutions: InstitutionConnection;
  /** 资讯详情 */
  news: News;
  /** 资讯，最新发布在前 */
  newsList: NewsConnection;
  /** 政策，最新发布在前 */
  policies: PolicyConnection;
  /** 政策详情 */
  policy: Policy;
  /** 金融产品详情 */
  product: Product;
  /** 金融超市：已上架的金融产品 */
  products: ProductConnection;
};


export type QueryFaqsArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNewsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNewsListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<PolicyLevel>;
};


export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<PolicyLevel>;
};


export type QueryPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProductSort>;
};

export { RepaymentMethod };

export type ProductCardFieldsFragment = { __typename?: 'Product', id: string, name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType } };

export type HomeOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeOverviewQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', totalCount: number, edges: Array<{ __typename?: 'ProductEdge', node: { __typename?: 'Product', id: string, name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType } } }> }, institutions: { __typename?: 'InstitutionConnection', totalCount: number } };

export type MarketProductsQueryVariables = Exact<{
  filter?: InputMaybe<ProductFilter>;
  sort?: InputMaybe<ProductSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MarketProductsQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', totalCount: number, edges: Array<{ __typename?: 'ProductEdge', cursor: string, node: { __typename?: 'Product', id: string, name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ProductDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProductDetailQuery = { __typename?: 'Query', product: { __typename?: 'Product', description: string, repaymentMethods: Array<RepaymentMethod>, targetRegionCodes: Array<string>, targetIndustryCodes: Array<string>, targetScales: Array<EnterpriseScale>, minYearsInBusiness: number, minCreditGrade?: string | null, requiredMaterials: Array<string>, applyCount: number, publishedAt?: string | null, id: string, name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType, contactPhone: string, address: string, website?: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProductCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductCardFields on Product {
  id
  name
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
  institution {
    id
    name
    shortName
    type
  }
}
    `, {"fragmentName":"ProductCardFields"}) as unknown as TypedDocumentString<ProductCardFieldsFragment, unknown>;
export const HomeOverviewDocument = new TypedDocumentString(`
    query HomeOverview {
  products(first: 6, sort: POPULARITY) {
    edges {
      node {
        ...ProductCardFields
      }
    }
    totalCount
  }
  institutions(first: 1) {
    totalCount
  }
}
    fragment ProductCardFields on Product {
  id
  name
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
  institution {
    id
    name
    shortName
    type
  }
}`) as unknown as TypedDocumentString<HomeOverviewQuery, HomeOverviewQueryVariables>;
export const MarketProductsDocument = new TypedDocumentString(`
    query MarketProducts($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {
  products(filter: $filter, sort: $sort, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...ProductCardFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment ProductCardFields on Product {
  id
  name
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
  institution {
    id
    name
    shortName
    type
  }
}`) as unknown as TypedDocumentString<MarketProductsQuery, MarketProductsQueryVariables>;
export const ProductDetailDocument = new TypedDocumentString(`
    query ProductDetail($id: ID!) {
  product(id: $id) {
    ...ProductCardFields
    description
    repaymentMethods
    targetRegionCodes
    targetIndustryCodes
    targetScales
    minYearsInBusiness
    minCreditGrade
    requiredMaterials
    applyCount
    publishedAt
    institution {
      id
      name
      shortName
      type
      contactPhone
      address
      website
    }
  }
}
    fragment ProductCardFields on Product {
  id
  name
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
  institution {
    id
    name
    shortName
    type
  }
}`) as unknown as TypedDocumentString<ProductDetailQuery, ProductDetailQueryVariables>;