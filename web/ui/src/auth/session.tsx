import { createContext, useContext } from 'react';

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
}

export interface Session {
  user: SignedInUser;
  /** Ends the session on the server and shows the sign-in page. */
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only pages behind sign-in call this. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}
