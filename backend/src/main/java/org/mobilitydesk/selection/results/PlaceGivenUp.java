package org.mobilitydesk.selection.results;

import java.util.UUID;

/**
 * A candidate gives up their place or offer (declines, withdraws after accepting, leaves the reserve list); fired in
 * the candidate's transaction before the results are locked, so what follows a place (a nomination) is withdrawn with
 * it, in the same order of locks as a partner's rejection takes.
 */
public record PlaceGivenUp(UUID applicationId, String actor) {
}
