import { graphql } from '@/gql'

export const ProductFieldValuesFragment = graphql(`
  fragment ProductFieldValuesFields on ProductFieldValues {
    name
    category
    guaranteeMethods
    minAmountFen
    maxAmountFen
    minTermMonths
    maxTermMonths
    minRateBp
    maxRateBp
    repaymentMethods
    targetRegionCodes
    targetIndustryCodes
    targetScales
    minYearsInBusiness
    minCreditGrade
    requiredMaterials
    onlineApply
    summary
    description
  }
`)

export const ManagedProductFieldsFragment = graphql(`
  fragment ManagedProductFields on Product {
    id
    name
    status
    ...ProductTermsFields
    ...ProductEligibilityFields
    description
    publishedAt
    institution {
      id
      name
    }
  }
`)

export const ReviewSummaryFragment = graphql(`
  fragment ReviewSummaryFields on ProductReview {
    id
    kind
    status
    reason
    submittedByName
    submittedAt
    reviewedByName
    reviewedAt
  }
`)

export const MyInstitutionProductsQuery = graphql(`
  query MyInstitutionProducts($status: ProductStatus, $first: Int, $after: String) {
    myInstitutionProducts(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          product {
            ...ManagedProductFields
          }
          latestReview {
            ...ReviewSummaryFields
          }
        }
      }
    }
  }
`)

export const ProductEditorQuery = graphql(`
  query ProductEditor($id: ID!) {
    productDraft(id: $id) {
      ...ManagedProductFields
    }
    productHistory(id: $id) {
      ...ReviewSummaryFields
    }
  }
`)

export const CreateProductDraftMutation = graphql(`
  mutation CreateProductDraft($input: ProductDraftInput!) {
    createProductDraft(input: $input) {
      id
      status
    }
  }
`)

export const UpdateProductDraftMutation = graphql(`
  mutation UpdateProductDraft($id: ID!, $input: ProductDraftInput!) {
    updateProductDraft(id: $id, input: $input) {
      id
      status
    }
  }
`)

export const SubmitProductForReviewMutation = graphql(`
  mutation SubmitProductForReview($id: ID!) {
    submitProductForReview(id: $id) {
      id
      status
    }
  }
`)

export const ProposeProductChangeMutation = graphql(`
  mutation ProposeProductChange($id: ID!, $input: ProductDraftInput!) {
    proposeProductChange(id: $id, input: $input) {
      id
      status
    }
  }
`)

export const RetireProductMutation = graphql(`
  mutation RetireProduct($id: ID!) {
    retireProduct(id: $id) {
      id
      status
    }
  }
`)

export const ProductReviewQueueQuery = graphql(`
  query ProductReviewQueue($first: Int, $after: String) {
    productReviewQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ReviewSummaryFields
          proposed {
            ...ProductFieldValuesFields
          }
          product {
            ...ManagedProductFields
          }
        }
      }
    }
  }
`)

export const ApproveProductReviewMutation = graphql(`
  mutation ApproveProductReview($id: ID!) {
    approveProductReview(id: $id) {
      id
      status
    }
  }
`)

export const RejectProductReviewMutation = graphql(`
  mutation RejectProductReview($id: ID!, $reason: String!) {
    rejectProductReview(id: $id, reason: $reason) {
      id
      status
      reason
    }
  }
`)
