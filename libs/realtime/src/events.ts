/**
 * The typed socket.io event map, shared by the api gateway, the worker's emitter and clients.
 * A payload that changes shape gets a new event name (`...V2`), never a silent change.
 */
import type { Flag, Label, Lang, Reason } from '../../classifier/src/classifier.types.js';

export type ConversationStatus = 'open' | 'answered' | 'resolved';
export type PlatformState = 'visible' | 'hidden' | 'removed_by_author' | 'deleted_by_us';
export type Direction = 'inbound' | 'outbound';

export interface AuthorView {
  id: string;
  externalId: string;
  name: string | null;
}

export interface MessageView {
  id: string;
  workspaceId: string;
  conversationId: string;
  channelId: string;
  externalId: string;
  parentExternalId: string | null;
  direction: Direction;
  type: string;
  author: AuthorView | null;
  /** untrusted text from the public: escape wherever it is shown */
  text: string | null;
  isStub: boolean;
  platformState: PlatformState;
  sentAt: string;
  editedAt: string | null;
  label: Label | null;
  confidence: number | null;
  lang: Lang | null;
  flags: Flag[];
  reasons: Reason[];
  rulesVersion: string | null;
  /** platform: written on the platform; agent: sent from the inbox by sentByUserId */
  origin: 'platform' | 'agent' | 'automation';
  sentByUserId: string | null;
  /** inbound: the first public reply of the team after it (null: unanswered) and who sent it */
  firstResponseAt: string | null;
  firstResponseBy: string | null;
  /** set when a person corrected the label */
  labelCorrectedAt: string | null;
  labelCorrectedBy: string | null;
}

export interface ConversationSummary {
  id: string;
  workspaceId: string;
  channelId: string;
  rootExternalId: string;
  status: ConversationStatus;
  label: Label;
  assigneeId: string | null;
  messageCount: number;
  lastMessageAt: string;
  waitingSince: string | null;
  /** the first public reply by the team (null: none yet) and who sent it (null: on the platform) */
  firstResponseAt: string | null;
  firstResponseBy: string | null;
  createdAt: string;
  lastMessage: Pick<MessageView, 'id' | 'externalId' | 'text' | 'direction' | 'platformState' | 'sentAt'> & { authorName: string | null } | null;
}

export type ReplyState = 'queued' | 'sending' | 'sent' | 'failed';

export interface ReplyView {
  id: string;
  workspaceId: string;
  conversationId: string;
  inReplyToMessageId: string;
  authorId: string;
  authorName: string | null;
  text: string;
  state: ReplyState;
  /** the platform's id once sent */
  externalId: string | null;
  /** why it failed, in words a person can act on */
  error: string | null;
  errorKind: string | null;
  attempts: number;
  /** the reply check's findings when it was queued */
  findings: unknown[];
  createdAt: string;
  sentAt: string | null;
}

export interface NoteView {
  id: string;
  workspaceId: string;
  conversationId: string;
  authorId: string;
  authorName: string | null;
  /** internal, never sent to the platform */
  body: string;
  createdAt: string;
}

export type ModerationStatus = 'pending' | 'rejected' | 'approved' | 'done' | 'failed';

export interface ModerationView {
  id: string;
  workspaceId: string;
  conversationId: string;
  messageId: string;
  action: 'hide' | 'unhide' | 'delete';
  reasonCode: string;
  justification: string | null;
  labelAtRequest: string | null;
  requestedBy: string;
  requestedByName: string | null;
  requestedAt: string;
  status: ModerationStatus;
  needsApproval: boolean;
  selfApproved: boolean;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  executedAt: string | null;
  error: string | null;
}

export interface PresenceUser {
  userId: string;
  name: string | null;
}

export interface PresenceView {
  workspaceId: string;
  conversationId: string;
  viewers: PresenceUser[];
  /** who is writing a reply right now */
  composing: PresenceUser[];
}

export interface ReminderView {
  workspaceId: string;
  conversationId: string;
  kind: 'critique_follow_up' | 'follow_up';
  dueAt: string;
  note: string | null;
}

export interface ServerToClientEvents {
  'reply.updated': (payload: ReplyView) => void;
  'note.created': (payload: NoteView) => void;
  'moderation.updated': (payload: ModerationView) => void;
  'presence.updated': (payload: PresenceView) => void;
  'reminder.due': (payload: ReminderView) => void;
  'conversation.created': (payload: ConversationSummary) => void;
  'conversation.updated': (payload: ConversationSummary) => void;
  'message.created': (payload: MessageView) => void;
  'message.updated': (payload: MessageView) => void;
  /** sent once after the handshake: which workspace rooms the socket joined */
  ready: (payload: { workspaceIds: string[] }) => void;
}

export type ServerEventName = keyof ServerToClientEvents;

export function workspaceRoom(workspaceId: string): string {
  return `workspace:${workspaceId}`;
}

/** What clients send: which conversation they look at and whether they are writing a reply. */
export interface ClientToServerEvents {
  'presence.view': (payload: { conversationId: string }, ack?: (r: { ok: boolean; error?: string }) => void) => void;
  'presence.leave': (payload: { conversationId: string }) => void;
  'presence.typing': (payload: { conversationId: string; typing: boolean }) => void;
}

/**
 * How socket.io packets travel through Redis between the api instances' adapters (a broadcast of
 * one instance, such as presence, reaching the sockets of the others): JSON rather than the
 * default msgpack. Our events carry no binary, and the native JSON codec costs a fraction of
 * notepack's JavaScript one at both ends. (Events of the worker take the relay instead: relay.ts.)
 */
export const REDIS_WIRE_PARSER = {
  encode: (value: unknown): string => JSON.stringify(value),
  decode: (message: Buffer | string): unknown => JSON.parse(typeof message === 'string' ? message : message.toString('utf8')),
};
