/** The events the messages module raises (core-modules/events), each for the message's user. */
export const MessageTopic = {
  /** A message was written for the user; payload: the message (MessageEventPayload). */
  RECEIVED: 'message.received',
  /** Messages of the user were marked read (another device counts too); payload: `{ count }`. */
  READ: 'message.read',
} as const;

/** What `message.received` carries: the message as the app lists it. */
export interface MessageEventPayload {
  [key: string]: string | null;
  messageId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
}
