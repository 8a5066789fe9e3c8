package org.mobilitydesk.call;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.call.CallMobilityType.DurationUnit;
import org.mobilitydesk.call.CallParts.Criterion;
import org.mobilitydesk.call.CallParts.RankingRules;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.RequiredDocument;
import org.mobilitydesk.common.Page;

/** What the call API answers: coordinators' views with internal fields, and the public views without them. */
public final class CallViews {

    private CallViews() {
    }

    @Schema(name = "CallDuration", description = "How long one mobility of the type lasts (DOMAIN-KA171 §2): long-term students in months, short-term students and staff in days without travel")
    public record Duration(@Schema(required = true) DurationUnit unit,
            @Schema(required = true, examples = "2") int minimum,
            @Schema(required = true, examples = "12") int maximum) {

        static Duration of(CallMobilityType type) {
            return new Duration(type.unit(), type.minimumDuration(), type.maximumDuration());
        }
    }

    @Schema(name = "CallSchedule", description = "When a call opens and closes: the instants, and the same in the home institution's time zone (wall-clock time with that zone's offset at that instant)")
    public record Schedule(
            @Schema(required = true, examples = "2027-01-15T03:00:00Z") Instant opensAt,
            @Schema(required = true, description = "The first instant at which applications are no longer accepted", examples = "2027-03-31T17:59:59Z") Instant deadline,
            @Schema(required = true, description = "IANA time zone of the home institution", examples = "Asia/Bishkek") String timeZone,
            @Schema(required = true, examples = "2027-01-15T09:00:00+06:00") OffsetDateTime opensAtLocal,
            @Schema(required = true, examples = "2027-03-31T23:59:59+06:00") OffsetDateTime deadlineLocal,
            @Schema(required = true, description = "Published, opened and before the deadline, by the server's clock") boolean acceptingApplications) {

        static Schedule of(Instant opensAt, Instant deadline, ZoneId zone, boolean accepting) {
            return new Schedule(opensAt, deadline, zone.getId(), opensAt.atZone(zone).toOffsetDateTime(),
                    deadline.atZone(zone).toOffsetDateTime(), accepting);
        }
    }

    @Schema(name = "CallPartner", description = "A partner institution where a call offers places")
    public record PartnerRef(@Schema(required = true) UUID id,
            @Schema(required = true, examples = "University of Tartu") String name,
            @Schema(required = true, description = "Names in other languages, keyed by ISO 639-1 code") Map<String, String> otherNames,
            @Schema(required = true, examples = "EE") String countryCode,
            @Schema(required = true, examples = "Estonia") String countryName,
            @Schema(required = true, examples = "Tartu") String city) {
    }

    @Schema(name = "CallPlace", description = "Places at one partner, with what the agreements in force provide for and why more are offered")
    public record PlaceView(@Schema(required = true) PartnerRef partner,
            @Schema(required = true, examples = "2") int places,
            @Schema(description = "Mobilities per year of the matching flows of the agreements in force; absent when there is none", examples = "2") Integer agreementMobilitiesPerYear,
            String overrideReason) {
    }

    @Schema(name = "PublicCallPlace", description = "Places at one partner")
    public record PublicPlaceView(@Schema(required = true) PartnerRef partner, @Schema(required = true, examples = "2") int places) {
    }

    @Schema(name = "CallProject", description = "The KA171 project that funds a call")
    public record ProjectRef(@Schema(required = true) UUID id,
            @Schema(required = true, examples = "2024-1-EE01-KA171-HED-000123456") String reference) {
    }

    @Schema(name = "Call", description = "A mobility call as coordinators and admins see it")
    public record CallView(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "CLOSED from the deadline on") CallStatus status,
            @Schema(required = true) Map<String, String> title,
            @Schema(required = true) Map<String, String> description,
            @Schema(required = true) CallMobilityType mobilityType,
            @Schema(required = true) Duration duration,
            @Schema(required = true) CallDirection direction,
            @Schema(required = true, examples = "2026/2027") String academicYear,
            ProjectRef project,
            @Schema(required = true) List<PlaceView> places,
            @Schema(required = true) Eligibility eligibility,
            @Schema(required = true) List<RequiredDocument> documents,
            @Schema(required = true) List<Criterion> criteria,
            @Schema(required = true) RankingRules ranking,
            @Schema(required = true, examples = "2") int maxPreferences,
            @Schema(required = true) Schedule schedule,
            Instant publishedAt,
            String publishedBy,
            @Schema(required = true) int version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy) {
    }

    @Schema(name = "CallSummary", description = "A call in the coordinators' list")
    public record CallSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) CallStatus status,
            @Schema(required = true) Map<String, String> title,
            @Schema(required = true) CallMobilityType mobilityType,
            @Schema(required = true) String academicYear,
            @Schema(required = true) Schedule schedule,
            @Schema(required = true, examples = "2") int partnerCount,
            @Schema(required = true, examples = "5") int totalPlaces,
            @Schema(required = true) int version,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "CallPage", description = "One page of calls")
    public static class CallPage extends Page<CallSummary> {
        public CallPage(List<CallSummary> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }

    @Schema(name = "CallChange", description = "One entry of a call's change log: its publication, or a change with its reason")
    public record ChangeView(
            @Schema(required = true) Instant at,
            @Schema(required = true) String actor,
            @Schema(required = true) CallAction action,
            @Schema(description = "Absent for PUBLISH") String reason,
            @Schema(required = true, description = "The parts that changed, e.g. deadline, places, criteria", examples = "[\"deadline\"]") List<String> changedFields) {
    }

    @Schema(name = "PublicCallAmendment", description = "A change to a published call, with its reason")
    public record AmendmentView(
            @Schema(required = true) Instant at,
            @Schema(required = true) String reason,
            @Schema(required = true, examples = "[\"deadline\"]") List<String> changedFields) {
    }

    @Schema(name = "PublicCall", description = "A published call as anyone sees it")
    public record PublicCallView(
            @Schema(required = true) UUID id,
            @Schema(required = true) Map<String, String> title,
            @Schema(required = true) Map<String, String> description,
            @Schema(required = true) CallMobilityType mobilityType,
            @Schema(required = true) Duration duration,
            @Schema(required = true) CallDirection direction,
            @Schema(required = true) String academicYear,
            @Schema(required = true) List<PublicPlaceView> places,
            @Schema(required = true) Eligibility eligibility,
            @Schema(required = true) List<RequiredDocument> documents,
            @Schema(required = true) List<Criterion> criteria,
            @Schema(required = true) RankingRules ranking,
            @Schema(required = true) int maxPreferences,
            @Schema(required = true) Schedule schedule,
            @Schema(required = true) Instant publishedAt,
            @Schema(required = true, description = "Changes since publication, oldest first") List<AmendmentView> amendments) {
    }

    @Schema(name = "PublicCallSummary", description = "An open or upcoming call in the public list")
    public record PublicCallSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) Map<String, String> title,
            @Schema(required = true) CallMobilityType mobilityType,
            @Schema(required = true) String academicYear,
            @Schema(required = true) List<PublicPlaceView> places,
            @Schema(required = true) Schedule schedule) {
    }

    @Schema(name = "PublicCallPage", description = "One page of open and upcoming calls")
    public static class PublicCallPage extends Page<PublicCallSummary> {
        public PublicCallPage(List<PublicCallSummary> items, int page, int size, long total) {
            super(items, page, size, total);
        }
    }
}
