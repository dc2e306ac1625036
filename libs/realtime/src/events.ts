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
  createdAt: string;
  lastMessage: Pick<MessageView, 'id' | 'externalId' | 'text' | 'direction' | 'platformState' | 'sentAt'> & { authorName: string | null } | null;
}

export interface ServerToClientEvents {
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
