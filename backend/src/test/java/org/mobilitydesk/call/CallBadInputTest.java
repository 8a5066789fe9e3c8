package org.mobilitydesk.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.mobilitydesk.call.CallFixtures.call;
import static org.mobilitydesk.call.CallFixtures.with;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mobilitydesk.agreement.AgreementService;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.test.junit.QuarkusTest;

/** Each bad request gets a problem naming the field, and nothing is stored or changed. */
@QuarkusTest
class CallBadInputTest extends ApiTest {

    @Inject
    AgreementService agreements;

    private String tartu;
    private String milan;

    @BeforeEach
    void partners() {
        String home = CallFixtures.home("Asia/Bishkek");
        tartu = CallFixtures.partner("Tartu");
        milan = CallFixtures.partner("Milan");
        CallFixtures.agreementInForce(home, tartu, agreements);
    }

    private long total() {
        return ((Number) as("coordinator").get("/api/v1/calls").then().extract().path("total")).longValue();
    }

    private static Map<String, Object> place(String partner, int places, String reason) {
        Map<String, Object> place = new HashMap<>(Map.of("partnerInstitutionId", partner, "places", places));
        if (reason != null) {
            place.put("overrideReason", reason);
        }
        return place;
    }

    private void refused(int status, Map<String, Object> body, String field, String message) {
        long before = total();
        badRequestAs("coordinator").body(body).post("/api/v1/calls").then().statusCode(status)
                .body("errors.field", hasItem(field)).body("errors.message", hasItem(containsString(message)));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void placesGoToActivePartnersWithinTheAgreementsUnlessAReasonIsGiven() {
        refused(422, with(call(), "places", List.of(place(UUID.randomUUID().toString(), 1, "x"))), "places[0].partnerInstitutionId",
                "is not a known partner institution");
        refused(422, with(call(), "places", List.of(place(CallFixtures.archivedPartner(), 1, "x"))), "places[0].partnerInstitutionId",
                "is archived");
        refused(422, with(call(), "places", List.of(place(CallFixtures.home("Asia/Bishkek"), 1, "x"))), "places[0].partnerInstitutionId",
                "is not a known partner institution");
        refused(422, with(call(), "places", List.of(place(tartu, 0, null))), "places[0].places", "must be between 1 and 1000");
        refused(422, with(call(), "places", List.of(place(tartu, 3, null))), "places[0].overrideReason",
                "is required: 3 places exceed the 2 mobilities per year that the agreements in force provide for");
        refused(422, with(call(), "places", List.of(place(milan, 1, "  "))), "places[0].overrideReason", "is required: no agreement in force");
        // The SPA words it from the code and arguments: the partner by its id (its name for clients), the type and the year.
        as("coordinator").body(with(call(), "places", List.of(place(milan, 1, null)))).post("/api/v1/calls").then().statusCode(422)
                .body("errors[0].code", equalTo("call.places.noAgreementInForce")).body("errors[0].args.partnerId", equalTo(milan))
                .body("errors[0].args.partner", startsWith("Milan")).body("errors[0].args.mobilityType", equalTo("STUDENT_STUDIES"))
                .body("errors[0].args.academicYear", equalTo(call().get("academicYear")));
        refused(422, with(call(), "places", List.of(place(tartu, 1, null), place(tartu, 1, null))), "places[1].partnerInstitutionId",
                "appears more than once");
        Map<String, Object> traineeship = with(call(tartu), "mobilityType", "STUDENT_TRAINEESHIP");
        refused(422, traineeship, "places[0].overrideReason", "is required: no agreement in force with this partner provides for student traineeship");

        as("coordinator").body(with(call(), "places", List.of(place(tartu, 3, "Tartu agreed to a third student"), place(milan, 1, "Pending"))))
                .post("/api/v1/calls").then().statusCode(201).body("places[0].places", equalTo(3))
                .body("places[0].overrideReason", equalTo("Tartu agreed to a third student"));
    }

    @Test
    void rulesOfTheCallAre422AtTheirField() {
        refused(422, with(call(tartu), "criteria", List.of(Map.of("name", Map.of("en", "Grades"), "weight", 99, "maxScore", 10))),
                "criteria", "weights must add up to 100, not 99");
        refused(422, with(call(tartu), "criteria", List.of(Map.of("name", Map.of("en", "English"), "weight", 100, "maxScore", 6,
                "kind", "LANGUAGE_LEVEL"))), "criteria[0].language", "is required: the language whose CEFR level counts");
        refused(422, with(with(call(tartu), "mobilityType", "STAFF_TEACHING"), "criteria", List.of(Map.of("name", Map.of("en", "Grades"),
                "weight", 100, "maxScore", 10, "kind", "GRADE_AVERAGE"))), "criteria[0].kind", "staff have no grade average");
        refused(422, with(call(tartu), "ranking", Map.of("minimumTotal", 100.5)), "ranking.minimumTotal", "must be between 0 and 100");
        refused(422, with(call(tartu), "eligibility", Map.of("languages", List.of(Map.of("language", "en", "cefrLevel", "B3")))),
                "eligibility.languages[0].cefrLevel", "is not a CEFR level");
        refused(422, with(call(tartu), "eligibility", Map.of("languages", List.of(Map.of("language", "zz", "cefrLevel", "B2")))),
                "eligibility.languages[0].language", "is not a known ISO 639-1 language code");
        refused(422, with(call(tartu), "eligibility", Map.of("eqfLevels", List.of(9))), "eligibility.eqfLevels[0]",
                "must be an EQF level of higher education");
        refused(422, with(call(tartu), "eligibility", Map.of("staffCategories", List.of("ACADEMIC"))), "eligibility.staffCategories",
                "apply to staff calls only");
        Instant opens = CallFixtures.now().plus(5, ChronoUnit.DAYS);
        refused(422, with(with(call(tartu), "opensAt", opens.toString()), "deadline", opens.minusSeconds(1).toString()), "deadline",
                "must be after the opening");
        refused(422, with(call(tartu), "maxPreferences", 4), "maxPreferences", "must be between 1 and 3");
        refused(422, with(call(tartu), "maxPreferences", 0), "maxPreferences", "must be between 1 and 3");
        refused(422, with(call(tartu), "projectId", UUID.randomUUID().toString()), "projectId", "is not a known KA171 project");
        refused(422, with(call(tartu), "academicYear", "2099/2100"), "academicYear", "is not a known academic year");
        refused(422, with(call(tartu), "title", Map.of("de", "Austausch")), "title.en", "is required");
        refused(422, with(call(tartu), "title", Map.of("en", "Exchange", "de", "Austausch")), "title.de", "is not a language of call texts");
        refused(422, with(call(tartu), "documents", List.of(Map.of("type", "CV", "mandatory", true, "formats", List.of("PDF"),
                "maxSizeBytes", 20L * 1024 * 1024 + 1))), "documents[0].maxSizeBytes", "20 MiB");
    }

    @Test
    void malformedBodiesAre400AtTheirField() {
        refused(400, with(call(tartu), "direction", "INCOMING"), "direction", "has the wrong type or format");
        refused(400, with(call(tartu), "mobilityType", "STUDENT_HOLIDAY"), "mobilityType", "has the wrong type or format");
        refused(400, with(call(tartu), "deadline", "2027-03-31T23:59:59"), "deadline", "has the wrong type or format");
        refused(400, with(call(tartu), "title", null), "title", "must not be null");
        refused(400, with(call(tartu), "documents", List.of(Map.of("type", "CV", "mandatory", true, "formats", List.of("DOCX"),
                "maxSizeBytes", 1000))), "documents[0].formats[0]", "has the wrong type or format");
        refused(400, with(call(tartu), "documents", List.of(Map.of("type", "CV", "mandatory", true, "formats", List.of(),
                "maxSizeBytes", 1000))), "documents[0].formats", "must name at least one format");
        refused(400, with(call(tartu), "eligibility", Map.of("minimumGrade", Map.of("value", 4.125, "scaleMax", 5))),
                "eligibility.minimumGrade.value", "two decimals");
        refused(400, with(call(tartu), "criteria", List.of(Map.of("name", Map.of("en", "Luck"), "weight", 100, "maxScore", 10, "kind", "DICE"))),
                "criteria[0].kind", "has the wrong type or format");
        refused(400, with(call(tartu), "ranking", Map.of("minimumTotal", 50.125)), "ranking.minimumTotal", "two decimals");
        refused(400, with(call(tartu), "surprise", true), "surprise", "is not a known property");
    }

    @Test
    void changesToAnotherVersionOrToAnUnknownCallChangeNothing() {
        String id = as("coordinator").body(call(tartu)).post("/api/v1/calls").then().statusCode(201).extract().path("id");
        Map<String, Object> edit = with(with(call(tartu), "maxPreferences", 3), "version", 0);
        as("coordinator").body(edit).put("/api/v1/calls/" + id).then().statusCode(200).body("version", equalTo(1));
        badRequestAs("coordinator").body(with(edit, "maxPreferences", 1)).put("/api/v1/calls/" + id).then().statusCode(409)
                .body("errors[0].field", equalTo("version"));
        badRequestAs("coordinator").body(with(edit, "version", null)).put("/api/v1/calls/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        badRequestAs("coordinator").body(Map.of("version", 0)).post("/api/v1/calls/" + id + "/publish").then().statusCode(409);
        badRequestAs("coordinator").body(edit).put("/api/v1/calls/" + UUID.randomUUID()).then().statusCode(404);
        badRequestAs("coordinator").get("/api/v1/calls/" + UUID.randomUUID() + "/changes").then().statusCode(404);
        as("coordinator").get("/api/v1/calls/" + id).then().body("maxPreferences", equalTo(3)).body("version", equalTo(1));
    }
}
