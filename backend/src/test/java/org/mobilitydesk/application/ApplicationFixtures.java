package org.mobilitydesk.application;

import static org.mobilitydesk.common.ApiTest.token;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mobilitydesk.call.CallFixtures;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Set-up for the application API tests: applicants with their login's claims and profiles, published calls, files. */
public final class ApplicationFixtures {

    private ApplicationFixtures() {
    }

    /** A person signing in as an applicant: their own subject and the identity provider's claims. */
    record Person(String subject, String email, Map<String, String> claims) {

        static Person fresh(String givenName) {
            String subject = UUID.randomUUID().toString();
            String email = givenName.toLowerCase() + "." + subject.substring(0, 8) + "@example.kg";
            return new Person(subject, email, Map.of("preferred_username", givenName.toLowerCase() + subject.substring(0, 8), "email", email,
                    "given_name", givenName, "family_name", "Toktogulova"));
        }
    }

    static RequestSpecification coordinator() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", "Bearer " + token("coordinator"));
    }

    /** A student profile that meets the fixtures' call: master's (EQF 7), third year, 4.3 of 5, English C1. */
    static Map<String, Object> studentProfile() {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", "Aizada");
        body.put("familyName", "Toktogulova");
        body.put("dateOfBirth", "2004-03-15");
        body.put("citizenship", "KG");
        body.put("studyProgramme", "General Medicine");
        body.put("studyCycle", 7);
        body.put("yearOfStudy", 3);
        body.put("gradeAverage", 4.3);
        body.put("gradeScale", 5);
        body.put("languages", List.of(Map.of("language", "en", "cefrLevel", "C1")));
        return body;
    }

    /** The fixtures' call (eligibility EQF 6-7, year 2+, 4.0 of 5, English B2) with a 1 KiB PDF motivation letter and an optional other document. */
    static Map<String, Object> callBody(Instant opensAt, Instant deadline, String... partners) {
        Map<String, Object> body = new HashMap<>(CallFixtures.call(partners));
        body.put("documents", List.of(
                Map.of("type", "MOTIVATION_LETTER", "mandatory", true, "formats", List.of("PDF"), "maxSizeBytes", 1024),
                Map.of("type", "OTHER", "label", Map.of("en", "Medical certificate"), "mandatory", false, "formats", List.of("PDF", "JPEG", "PNG"),
                        "maxSizeBytes", 2_097_152)));
        body.put("opensAt", opensAt.toString());
        body.put("deadline", deadline.toString());
        return body;
    }

    static String draftCall(Map<String, Object> body) {
        return coordinator().body(body).post("/api/v1/calls").then().statusCode(201).extract().path("id");
    }

    static String publishedCall(Map<String, Object> body) {
        String id = draftCall(body);
        coordinator().body(Map.of("version", 0)).post("/api/v1/calls/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** A draft body: the partners ranked, a spring semester (2 Feb - 30 Jun 2027) and a motivation. */
    static Map<String, Object> draft(int version, String... preferences) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("preferences", Arrays.asList(preferences));
        body.put("plannedStart", "2027-02-01");
        body.put("plannedEnd", "2027-06-30");
        body.put("motivation", "I want to study surgery at a research hospital.");
        return body;
    }

    static byte[] pdf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'x');
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, Math.min(head.length, size));
        return content;
    }

    static byte[] png(int size) {
        byte[] content = new byte[size];
        System.arraycopy(FormatSnifferTest.PNG, 0, content, 0, FormatSnifferTest.PNG.length);
        return content;
    }

    static byte[] exe(int size) {
        byte[] content = new byte[size];
        System.arraycopy(FormatSnifferTest.EXE, 0, content, 0, FormatSnifferTest.EXE.length);
        return content;
    }

    /** The mails sent to the address, waiting up to 10 s for them (they are sent after the commit, without waiting). */
    public static List<Mail> mailsTo(MockMailbox mailbox, String address, int expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<Mail> mails = mailbox.getMailsSentTo(address);
            int found = mails == null ? 0 : mails.size();
            if (found >= expected || System.nanoTime() > until) {
                return mails == null ? List.of() : mails;
            }
            Thread.sleep(50);
        }
    }
}
