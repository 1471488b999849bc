import { graphql } from '@/gql'

/** The 消息 tab's badge: the count now, then at every new or read message (on any of the user's devices). */
export const UnreadMessageCountLiveSubscription = graphql(`
  subscription UnreadMessageCountLive {
    unreadMessageCount
  }
`)

/** New messages, resumed after the last one received so a reconnect misses none. */
export const MessageReceivedLiveSubscription = graphql(`
  subscription MessageReceivedLive($after: ID) {
    messageReceived(after: $after) {
      eventId
      message { id kind title body link readAt createdAt }
    }
  }
`)

/** The fallback where there is no socket: asked every 30 s. */
export const UnreadMessageCountQuery = graphql(`
  query UnreadMessageCount {
    unreadMessageCount
  }
`)
