import { graphql } from '@/gql'

export const ManagedNewsListQuery = graphql(`
  query ManagedNewsList($first: Int) {
    managedNewsList(first: $first) {
      edges { node { id title level source status publishedOn attachments { id } } }
    }
  }
`)

export const ManagedNewsQuery = graphql(`
  query ManagedNews($id: ID!) {
    managedNews(id: $id) { id version title level source publishedOn summary bodyHtml status attachments { id name size } }
  }
`)

export const CreateNewsMutation = graphql(`
  mutation CreateNews($input: NewsInput!) {
    createNews(input: $input) { id status }
  }
`)

export const UpdateNewsMutation = graphql(`
  mutation UpdateNews($id: ID!, $expectedVersion: Int!, $input: NewsInput!) {
    updateNews(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }
  }
`)

export const PublishNewsMutation = graphql(`
  mutation PublishNews($id: ID!) {
    publishNews(id: $id) { id status version }
  }
`)

export const WithdrawNewsMutation = graphql(`
  mutation WithdrawNews($id: ID!) {
    withdrawNews(id: $id) { id status version }
  }
`)
