import { graphql } from '@/gql'

export const HomeBannersQuery = graphql(`
  query HomeBanners {
    homeBanners {
      id
      title
      subtitle
      imageUrl
      linkPath
    }
  }
`)

export const HomeLatestContentQuery = graphql(`
  query HomeLatestContent {
    policies(first: 3) {
      edges {
        node {
          id
          title
          level
          issuer
          issuedOn
        }
      }
    }
    newsList(first: 3) {
      edges {
        node {
          id
          title
          level
          source
          publishedOn
        }
      }
    }
  }
`)
