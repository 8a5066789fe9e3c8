package org.mobilitydesk.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.call.ApplicantCall;
import org.mobilitydesk.call.CallMobilityType;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.LanguageRequirement;
import org.mobilitydesk.call.CallParts.MinimumGrade;
import org.mobilitydesk.call.CallParts.RequiredDocument;
import org.mobilitydesk.call.CallStatus;
import org.mobilitydesk.call.CallViews.Duration;
import org.mobilitydesk.call.CallViews.PartnerRef;
import org.mobilitydesk.call.CallViews.PublicPlaceView;
import org.mobilitydesk.call.CallViews.Schedule;
import org.mobilitydesk.call.DocumentFormat;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.call.StaffCategory;

/** Calls and profiles for the unit tests of the application rules. */
final class Samples {

    static final UUID TARTU = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    static final UUID MILAN = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    static final UUID GRAZ = UUID.fromString("00000000-0000-4000-8000-00000000000c");
    static final Instant OPENS = Instant.parse("2027-01-15T03:00:00Z");
    static final Instant DEADLINE = Instant.parse("2027-03-31T17:59:59Z");

    static final Eligibility STUDENT_RULES = new Eligibility(List.of(6, 7), 2, new MinimumGrade(new BigDecimal("4.0"), new BigDecimal("5")),
            List.of(new LanguageRequirement("en", "B2")), List.of());
    static final List<RequiredDocument> DOCUMENTS = List.of(
            new RequiredDocument(DocumentType.MOTIVATION_LETTER, Map.of(), true, List.of(DocumentFormat.PDF), 5_242_880L),
            new RequiredDocument(DocumentType.OTHER, Map.of("en", "Medical certificate"), false, List.of(DocumentFormat.PDF, DocumentFormat.PNG), 2_097_152L));

    private Samples() {
    }

    static ApplicantCall call(CallMobilityType type, Eligibility eligibility, int maxPreferences) {
        List<PublicPlaceView> places = List.of(new PublicPlaceView(new PartnerRef(TARTU, "University of Tartu", Map.of(), "EE", "Estonia", "Tartu"), 2),
                new PublicPlaceView(new PartnerRef(MILAN, "University of Milan", Map.of(), "IT", "Italy", "Milan"), 1));
        return new ApplicantCall(UUID.randomUUID(), CallStatus.PUBLISHED, Map.of("en", "Study exchange"), Map.of("en", "A semester"), type,
                new Duration(type.unit(), type.minimumDuration(), type.maximumDuration()), "2026/2027", maxPreferences, places, eligibility, DOCUMENTS,
                new Schedule(OPENS, DEADLINE, "Asia/Bishkek", OPENS.atZone(ZoneId.of("Asia/Bishkek")).toOffsetDateTime(),
                        DEADLINE.atZone(ZoneId.of("Asia/Bishkek")).toOffsetDateTime(), true));
    }

    static ApplicantCall studentCall() {
        return call(CallMobilityType.STUDENT_STUDIES, STUDENT_RULES, 2);
    }

    static ProfileView student(Integer cycle, Integer year, String average, String scale, List<LanguageLevel> languages) {
        return new ProfileView(true, "aizada", "aizada@example.kg", "Aizada", "Toktogulova", LocalDate.of(2004, 3, 15), "KG", null,
                "General Medicine", cycle, year, average == null ? null : new BigDecimal(average), scale == null ? null : new BigDecimal(scale),
                languages, null, null, null, false, 1, Instant.parse("2026-11-01T10:00:00Z"));
    }

    static ProfileView goodStudent() {
        return student(7, 3, "4.3", "5", List.of(new LanguageLevel("en", "C1"), new LanguageLevel("ru", "C2")));
    }

    static ProfileView staff(StaffCategory category, List<LanguageLevel> languages) {
        return new ProfileView(true, "daniyar", "daniyar@example.kg", "Daniyar", "Asanov", LocalDate.of(1980, 5, 1), "KG", null, null, null, null,
                null, null, languages, "Department of Surgery", "Associate professor", category, false, 1, Instant.parse("2026-11-01T10:00:00Z"));
    }
}
