import { graphql } from '@/gql'

export const ManagedBannersQuery = graphql(`
  query ManagedBanners {
    banners { id title subtitle imageUrl linkPath sortOrder startsAt endsAt status }
  }
`)

export const CreateBannerMutation = graphql(`
  mutation CreateBanner($input: BannerInput!) {
    createBanner(input: $input) { id }
  }
`)

export const UpdateBannerMutation = graphql(`
  mutation UpdateBanner($id: ID!, $input: BannerInput!) {
    updateBanner(id: $id, input: $input) { id status }
  }
`)

export const DeleteBannerMutation = graphql(`
  mutation DeleteBanner($id: ID!) {
    deleteBanner(id: $id)
  }
`)

export const ReorderBannersMutation = graphql(`
  mutation ReorderBanners($ids: [ID!]!) {
    reorderBanners(ids: $ids) { id sortOrder }
  }
`)
