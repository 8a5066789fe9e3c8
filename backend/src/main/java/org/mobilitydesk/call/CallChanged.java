package org.mobilitydesk.call;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * CDI event fired inside the transaction that changes a published call (with the coordinator's reason), so that other
 * features can tell the call's applicants; observers run in that transaction.
 */
public record CallChanged(UUID callId, String reason, String actor, Instant at, List<String> changedFields) {
}
