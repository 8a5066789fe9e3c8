package org.mobilitydesk.application.review;

import static org.mobilitydesk.common.ApiTest.token;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mobilitydesk.applicant.ApplicantProfile;
import org.mobilitydesk.applicant.LanguageLevel;
import org.mobilitydesk.applicant.ProfileView;
import org.mobilitydesk.application.Application;
import org.mobilitydesk.application.ApplicationDocument;
import org.mobilitydesk.application.ApplicationEvent;
import org.mobilitydesk.application.ApplicationEventKind;
import org.mobilitydesk.application.ApplicationStatus;
import org.mobilitydesk.application.EligibilityDecision;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.institution.InstitutionFixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Set-up for the review tests. The applicant API is built elsewhere, so applications are written here as the
 * applicant side leaves them: a profile, the application (submitted ones with receipt number, instant and profile
 * snapshot, as V12 demands), its preferences, documents and timeline.
 */
public final class ReviewFixtures {

    static final String YEAR = "2026/2027";
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    private ReviewFixtures() {
    }

    private static RequestSpecification as(String role) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", "Bearer " + token(role));
    }

    /** The home institution in the time zone (whatever an earlier test left). */
    public static String home(String timeZone) {
        Map<String, Object> body = InstitutionFixtures.home(timeZone);
        var current = given().accept(ContentType.JSON).get("/api/v1/home-institution");
        if (current.statusCode() == 200) {
            body.put("version", current.path("version"));
        }
        return as("admin").body(body).put("/api/v1/home-institution").then().statusCode(200).extract().path("id");
    }

    public static UUID partner(String name) {
        return UUID.fromString(as("coordinator").body(InstitutionFixtures.partner(name + " " + InstitutionFixtures.unique()))
                .post("/api/v1/institutions").then().statusCode(201).extract().path("id"));
    }

    /** A published call for students with places at the partners, open since yesterday, three preferences. */
    public static UUID call(String title, UUID... partners) {
        return call(title, 3, partners);
    }

    static UUID call(String title, int maxPreferences, UUID... partners) {
        return call(title, maxPreferences, true, partners);
    }

    /** A call as {@link #call}, left a draft unless published. */
    public static UUID call(String title, int maxPreferences, boolean publish, UUID... partners) {
        return call(title, maxPreferences, publish, List.of(Map.of("name", Map.of("en", "Grade average"), "weight", 100, "maxScore", 10)), partners);
    }

    /** A published call with these selection criteria. */
    public static UUID call(String title, List<Map<String, Object>> criteria, UUID... partners) {
        return call(title, 3, true, criteria, partners);
    }

    private static UUID call(String title, int maxPreferences, boolean publish, List<Map<String, Object>> criteria, UUID... partners) {
        List<Map<String, Object>> places = new ArrayList<>();
        for (UUID partner : partners) {
            places.add(Map.of("partnerInstitutionId", partner.toString(), "places", 2,
                    "overrideReason", "Tests need no agreement in force"));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("title", Map.of("en", title));
        body.put("description", Map.of("en", "One semester at a partner university."));
        body.put("mobilityType", "STUDENT_STUDIES");
        body.put("direction", "OUTGOING");
        body.put("academicYear", YEAR);
        body.put("places", places);
        body.put("eligibility", Map.of("eqfLevels", List.of(6, 7)));
        body.put("documents", List.of(Map.of("type", "MOTIVATION_LETTER", "mandatory", true, "formats", List.of("PDF"), "maxSizeBytes", 5_242_880)));
        body.put("criteria", criteria);
        body.put("maxPreferences", maxPreferences);
        body.put("opensAt", now.minus(1, ChronoUnit.DAYS).toString());
        body.put("deadline", now.plus(30, ChronoUnit.DAYS).toString());
        String id = as("coordinator").body(body).post("/api/v1/calls").then().statusCode(201).extract().path("id");
        if (publish) {
            as("coordinator").body(Map.of("version", 0)).post("/api/v1/calls/" + id + "/publish").then().statusCode(200);
        }
        return UUID.fromString(id);
    }

    /** An application to write; submitted by default. */
    public static final class Draft {
        final UUID callId;
        String givenName = "Aizada";
        String familyName = "Toktogulova";
        String email;
        ApplicationStatus status = ApplicationStatus.SUBMITTED;
        Instant submittedAt = Instant.parse("2026-11-02T05:30:00Z");
        List<UUID> preferences = new ArrayList<>();
        List<Object[]> documents = new ArrayList<>();
        String receipt = "MD-T-" + InstitutionFixtures.unique().toUpperCase();
        String note;
        EligibilityDecision eligibility = EligibilityDecision.PENDING;

        Draft(UUID callId) {
            this.callId = callId;
            this.email = "applicant-" + InstitutionFixtures.unique() + "@example.kg";
        }

        /** Decided eligible by a coordinator a day after submission. */
        public Draft eligible() {
            return decided(EligibilityDecision.ELIGIBLE);
        }

        public Draft decided(EligibilityDecision decision) {
            eligibility = decision;
            return this;
        }

        public Draft named(String given, String family) {
            givenName = given;
            familyName = family;
            return this;
        }

        Draft email(String value) {
            email = value;
            return this;
        }

        public Draft at(String instant) {
            submittedAt = Instant.parse(instant);
            return this;
        }

        public Draft ranking(UUID... partners) {
            preferences = List.of(partners);
            return this;
        }

        public Draft status(ApplicationStatus value) {
            status = value;
            return this;
        }

        public Draft document(DocumentType type, String fileName, String contentType, byte[] content) {
            documents.add(new Object[] { type, fileName, contentType, content });
            return this;
        }

        public Draft note(String value) {
            note = value;
            return this;
        }

        /** Writes the profile, the application, its documents and its timeline; gives the application's id. */
        public UUID save() {
            UUID id = UUID.randomUUID();
            String subject = "subject-" + id;
            Instant created = submittedAt.minus(3, ChronoUnit.DAYS);
            ProfileView snapshot = new ProfileView(true, "user-" + id.toString().substring(0, 8), email, givenName, familyName,
                    LocalDate.of(2004, 3, 15), "KG", "+996 555 123 456", "General Medicine", 7, 3, new BigDecimal("4.30"), new BigDecimal("5.00"),
                    List.of(new LanguageLevel("en", "B2"), new LanguageLevel("ru", "C1")), null, null, null, false, 0, created);
            QuarkusTransaction.requiringNew().run(() -> {
                ApplicantProfile profile = new ApplicantProfile();
                profile.userSubject = subject;
                profile.username = snapshot.username();
                profile.email = email;
                profile.givenName = givenName;
                profile.familyName = familyName;
                profile.createdAt = created;
                profile.updatedAt = created;
                profile.persist();
                Application a = new Application();
                a.id = id;
                a.callId = callId;
                a.applicantSubject = subject;
                a.applicantName = givenName + " " + familyName;
                a.applicantEmail = email;
                a.status = status;
                a.preferences = new ArrayList<>(preferences);
                a.plannedStart = LocalDate.of(2027, 2, 1);
                a.plannedEnd = LocalDate.of(2027, 6, 30);
                a.motivation = "I want to study cardiology at a partner university.";
                a.coordinatorNote = note;
                a.eligibility = eligibility;
                if (eligibility != EligibilityDecision.PENDING) {
                    a.eligibilityDecidedAt = submittedAt.plus(1, ChronoUnit.DAYS);
                    a.eligibilityDecidedBy = "coordinator";
                    a.eligibilityReason = eligibility == EligibilityDecision.INELIGIBLE ? "Grade average below the call's minimum" : null;
                }
                if (status != ApplicationStatus.DRAFT) {
                    a.receiptNumber = receipt;
                    a.submittedAt = submittedAt;
                    a.profileSnapshot = snapshot;
                }
                if (status == ApplicationStatus.WITHDRAWN) {
                    a.withdrawnAt = submittedAt.plus(1, ChronoUnit.DAYS);
                }
                a.createdAt = created;
                a.updatedAt = a.withdrawnAt != null ? a.withdrawnAt : status == ApplicationStatus.SUBMITTED ? submittedAt : created;
                a.persist();
                for (Object[] d : documents) {
                    storeDocument(id, (DocumentType) d[0], (String) d[1], (String) d[2], (byte[]) d[3], created.plus(1, ChronoUnit.HOURS));
                }
                event(id, created, subject, ApplicationEventKind.CREATED);
                if (status != ApplicationStatus.DRAFT) {
                    event(id, submittedAt, subject, ApplicationEventKind.SUBMITTED);
                }
                if (status == ApplicationStatus.WITHDRAWN) {
                    event(id, a.withdrawnAt, subject, ApplicationEventKind.WITHDRAWN);
                }
            });
            return id;
        }
    }

    public static Draft application(UUID callId) {
        return new Draft(callId);
    }

    /** Stores a document of an application, in the caller's transaction; gives its id. */
    public static UUID storeDocument(UUID applicationId, DocumentType type, String fileName, String contentType, byte[] content, Instant uploadedAt) {
        ApplicationDocument document = new ApplicationDocument();
        document.id = UUID.randomUUID();
        document.applicationId = applicationId;
        document.documentType = type;
        document.otherLabel = type == DocumentType.OTHER ? "Medical certificate" : "";
        document.fileName = fileName;
        document.contentType = contentType;
        document.content = content;
        document.sizeBytes = content.length;
        document.sha256 = sha256(content);
        document.uploadedAt = uploadedAt;
        document.persist();
        return document.id;
    }

    /** The ids of a call's documents, by file name. */
    public static UUID documentId(UUID applicationId, String fileName) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.<ApplicationDocument>find("applicationId = ?1 and fileName = ?2",
                applicationId, fileName).firstResult().id);
    }

    private static void event(UUID id, Instant at, String actor, ApplicationEventKind kind) {
        ApplicationEvent event = new ApplicationEvent();
        event.applicationId = id;
        event.at = at;
        event.actor = actor;
        event.kind = kind;
        event.persist();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
