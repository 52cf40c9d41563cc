/**
 * Imported first by main.ts. A reload (or a new tab) of a signed-in page has its access token in memory
 * no longer: take over the refresh src/auth/session-restore.js started before the app was evaluated (or,
 * without it, start one now), instead of from the router guard once the route's chunks are there
 * (issue 12: the Web Lock that serializes refreshes across tabs was granted only after the entry's
 * evaluation and the chunk flood, ≈ 1 s later with a 4× slower CPU). The guard's `loadUser()` joins
 * this refresh (`refreshTokens` shares the request in flight). The login page (which may carry a
 * message about the session) does not restore anything by itself.
 */
import { refreshTokens } from '@/graphql/client'
import { getTokens, hasSession } from '@/auth/tokens'

if (hasSession.value && !getTokens() && !window.location.pathname.startsWith('/login')) void refreshTokens()
