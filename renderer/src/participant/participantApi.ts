import type { JoinResult, ParticipantArgs, ParticipantEnvelope, ParticipantErrorKey, ParticipantMethod, ParticipantStateView } from '../../../shared/participants/contract.ts';

/** A refused participant call: its key names the message the page shows. */
export class ParticipantCallError extends Error {
  constructor(readonly key: ParticipantErrorKey | 'network') {
    super(key);
  }
}

interface Returns {
  join: JoinResult;
  state: ParticipantStateView;
  addNote: string;
  editNote: null;
  withdrawNote: null;
  placeDot: null;
  removeDot: null;
}

const TOKEN_KEY = 'samkart.participant';

/** The token is kept for the tab only: a reload keeps the participant in, a new tab joins again. */
export const participantToken = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** One call to the participant server (POST /p/<method>), with the token in a header. */
export async function callParticipant<M extends ParticipantMethod>(method: M, ...args: ParticipantArgs<M>): Promise<Returns[M]> {
  const token = participantToken.get();
  let response: Response;
  try {
    response = await fetch(`/p/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Samkart-Participant': token } : {}) },
      body: JSON.stringify({ args }),
    });
  } catch {
    throw new ParticipantCallError('network');
  }
  let envelope: ParticipantEnvelope<Returns[M]>;
  try {
    envelope = (await response.json()) as ParticipantEnvelope<Returns[M]>;
  } catch {
    throw new ParticipantCallError('network');
  }
  if (!envelope.ok) throw new ParticipantCallError(envelope.error);
  return envelope.value;
}
