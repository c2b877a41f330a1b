// Who is signed in, and what their role lets them do. The API enforces every rule; the console
// only hides what would be refused, so operators are not offered buttons that answer 403.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

const RANK = { viewer: 1, operator: 2, admin: 3, owner: 4 };

export const ROLES = ['owner', 'admin', 'operator', 'viewer'];

export const SessionContext = createContext({ user: null });

export function useSession() {
  return useContext(SessionContext);
}

/** True when `user` holds `minimum` or a role above it (owner ⊇ admin ⊇ operator ⊇ viewer). */
export function hasRole(user, minimum) {
  return Boolean(user) && (RANK[user.role] || 0) >= RANK[minimum];
}
