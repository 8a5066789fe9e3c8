package org.mobilitydesk.nomination;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mobilitydesk.common.PageParams;

/** Filters and paging of the coordinator's nomination list, newest first. */
public class NominationQuery extends PageParams {

    @QueryParam("direction")
    @Pattern(regexp = "^(OUTGOING|INCOMING)$", message = "must be OUTGOING or INCOMING")
    @Parameter(description = "Only nominations in this direction", schema = @Schema(enumeration = { "OUTGOING", "INCOMING" }))
    public String direction;

    @QueryParam("status")
    @Pattern(regexp = NominationStatus.PATTERN, message = NominationStatus.PATTERN_MESSAGE)
    @Parameter(description = "Only nominations in this state", schema = @Schema(enumeration = { "NOMINATED", "ACCEPTED", "REJECTED", "CANCELLED" }))
    public String status;

    @QueryParam("partnerId")
    @Parameter(description = "Only nominations to or from this partner institution")
    public UUID partnerId;

    @QueryParam("callId")
    @Parameter(description = "Only nominations of this call")
    public UUID callId;

    NominationService.Filter filter() {
        return new NominationService.Filter(direction == null ? null : NominationDirection.valueOf(direction), status(status), partnerId, callId);
    }

    static NominationStatus status(String status) {
        return status == null ? null : NominationStatus.valueOf(status);
    }
}
