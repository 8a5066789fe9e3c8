package org.mobilitydesk.call;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.RequiredDocument;
import org.mobilitydesk.call.CallViews.Duration;
import org.mobilitydesk.call.CallViews.PublicPlaceView;
import org.mobilitydesk.call.CallViews.Schedule;
import org.mobilitydesk.common.InterfaceLanguage;

/**
 * A call as the application feature needs it (applicants' forms, checklists and rules): the public parts, the status
 * at a given instant and whether it accepts applications then. Not an API view of its own.
 */
public record ApplicantCall(
        UUID id,
        CallStatus status,
        Map<String, String> title,
        Map<String, String> description,
        CallMobilityType mobilityType,
        Duration duration,
        String academicYear,
        int maxPreferences,
        List<PublicPlaceView> places,
        Eligibility eligibility,
        List<RequiredDocument> documents,
        Schedule schedule) {

    public boolean acceptingApplications() {
        return schedule.acceptingApplications();
    }

    public Instant opensAt() {
        return schedule.opensAt();
    }

    public Instant deadline() {
        return schedule.deadline();
    }

    /** The home institution's time zone, in which the call's times are told. */
    public ZoneId zone() {
        return ZoneId.of(schedule.timeZone());
    }

    /** The title in the language, else the English one, else any. */
    public String title(InterfaceLanguage language) {
        String own = title.get(language.code());
        if (own != null && !own.isBlank()) {
            return own;
        }
        return title.getOrDefault("en", title.values().stream().findFirst().orElse(""));
    }
}
