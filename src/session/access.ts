/**
 * Who may change licenses: the roles the host says the agent has, or else the agent the backend reports.
 * Unknown roles leave the view editable; the service then decides, and a 403 turns the view read-only.
 */
import { canChangeLicenses, canChangeUsers, readOnlyByRole } from '../core/roles.js';
import type { SessionCore } from './session-core.js';
import { isForbidden } from './view-error.js';

/** Loads the access into the model; resolves with the agent's name when the backend tells it. */
export async function loadAccess(core: SessionCore, hostRoles: readonly string[] | null): Promise<string | null> {
  if (hostRoles !== null) {
    core.update((m) => ({
      ...m,
      access: { ...m.access, canChange: canChangeLicenses(hostRoles), canChangeUsers: canChangeUsers(hostRoles), readOnlyReason: readOnlyByRole(hostRoles) },
    }));
  }
  try {
    const agent = await core.backend.getAgent();
    if (agent === null) return null;
    core.update((m) => ({
      ...m,
      access: hostRoles !== null
        ? { ...m.access, agentName: agent.name }
        : {
            canChange: canChangeLicenses(agent.roles),
            canChangeUsers: canChangeUsers(agent.roles),
            readOnlyReason: readOnlyByRole(agent.roles),
            agentName: agent.name,
          },
    }));
    return agent.name;
  } catch (error) {
    if (isForbidden(error)) becomeReadOnly(core, error.message);
    return null;
  }
}

export function becomeReadOnly(core: SessionCore, message: string): void {
  core.update((m) => ({ ...m, access: { ...m.access, canChange: false, canChangeUsers: false, readOnlyReason: { kind: 'forbidden', message } } }));
}
