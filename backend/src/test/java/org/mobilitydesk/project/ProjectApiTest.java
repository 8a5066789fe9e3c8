package org.mobilitydesk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mobilitydesk.common.ApiTest;
import org.mobilitydesk.institution.InstitutionFixtures;
import org.mobilitydesk.common.TestClock;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProjectApiTest extends ApiTest {

    private String home;
    private String tartu;
    private String milan;

    @BeforeEach
    void institutions() {
        Integer version = as(null).get("/api/v1/home-institution").then().extract().path("version");
        Map<String, Object> ihsm = new HashMap<>(Map.of("name", "International Higher School of Medicine", "countryCode", "KG",
                "city", "Bishkek", "latitude", 42.8424, "longitude", 74.5863, "timeZone", "Asia/Bishkek"));
        if (version != null) {
            ihsm.put("version", version);
        }
        home = as("admin").body(ihsm).put("/api/v1/home-institution").then().statusCode(200).extract().path("id");
        tartu = as("coordinator").body(InstitutionFixtures.partner("Tartu " + InstitutionFixtures.unique()))
                .post("/api/v1/institutions").then().statusCode(201).extract().path("id");
        Map<String, Object> italian = InstitutionFixtures.partner("Milan " + InstitutionFixtures.unique());
        italian.put("countryCode", "IT");
        italian.put("erasmusCode", null);
        milan = as("coordinator").body(italian).post("/api/v1/institutions").then().statusCode(201).extract().path("id");
    }

    private static String reference(String year, String agency) {
        return year + "-1-" + agency + "-KA171-HED-" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    private Map<String, Object> project() {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference("2024", "EE01"));
        body.put("callYear", 2024);
        body.put("beneficiaryInstitutionId", tartu);
        body.put("startDate", "2024-08-01");
        body.put("endDate", "2026-07-31");
        body.put("partnerInstitutionIds", List.of(home));
        body.put("budget", List.of(Map.of("region", 10, "line", "INDIVIDUAL_SUPPORT", "allocated", 48000),
                Map.of("region", 10, "line", "TRAVEL", "allocated", 9950.5),
                Map.of("region", 10, "line", "ORGANISATIONAL_SUPPORT", "allocated", 6000)));
        body.put("status", "ONGOING");
        body.put("notes", "Medicine and nursing");
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private String create(Map<String, Object> body) {
        return as("coordinator").body(body).post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    @Test
    void theCoordinatorRecordsAProjectAndEveryStaffMemberReadsItsBudget() {
        Map<String, Object> body = project();
        body.put("reference", ((String) body.get("reference")).toLowerCase());
        String id = as("coordinator").body(body).post("/api/v1/projects").then().statusCode(201)
                .header("Location", containsString("/api/v1/projects/"))
                .body("reference", equalTo(((String) body.get("reference")).toUpperCase()))
                .body("beneficiary.id", equalTo(tartu)).body("partners.id", contains(home))
                .body("durationMonths", equalTo(24)).body("totalAllocated", equalTo(63950.50f))
                .body("createdBy", equalTo("coordinator-user")).body("version", equalTo(0))
                .extract().path("id");
        for (String reader : new String[] { "coordinator", "admin" }) {
            as(reader).get("/api/v1/projects/" + id + "/budget").then().statusCode(200)
                    .body("rows.find { it.line == 'TRAVEL' }.figures.allocated", equalTo(9950.50f))
                    .body("rows.find { it.line == 'TRAVEL' }.figures.committed", equalTo(0))
                    .body("lines.find { it.line == 'INCLUSION_SUPPORT' }.figures.allocated", equalTo(0))
                    .body("total.allocated", equalTo(63950.50f)).body("total.remaining", equalTo(63950.50f));
        }
    }

    private void listedWithStatus(String status, String... ids) {
        as("admin").queryParam("institutionId", tartu).queryParam("status", status).get("/api/v1/projects").then().statusCode(200)
                .body("items.id", ids.length == 0 ? empty() : contains(ids)).body("items.status", everyItem(equalTo(status)));
    }

    @Test
    void theListFiltersByYearStatusInstitutionAndReference() {
        TestClock.on("2025-06-01");
        String ongoing = create(project());
        Map<String, Object> planned = with(with(project(), "status", "PLANNED"), "reference", reference("2025", "EE01"));
        planned.put("callYear", 2025);
        planned.put("startDate", "2025-09-01");
        planned.put("endDate", "2028-08-31");
        String later = create(planned);
        as("admin").queryParam("institutionId", tartu).get("/api/v1/projects").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(later, ongoing));
        listedWithStatus("PLANNED", later);
        listedWithStatus("ONGOING", ongoing);
        as("admin").queryParam("institutionId", tartu).queryParam("status", "PLANNED").get("/api/v1/projects").then()
                .body("items[0].partnerCount", equalTo(1));

        TestClock.on("2026-12-02");
        listedWithStatus("ONGOING", later);
        listedWithStatus("ENDED", ongoing);
        listedWithStatus("PLANNED");
        as("coordinator").get("/api/v1/projects/" + ongoing).then().body("status", equalTo("ENDED"));
        as("admin").queryParam("institutionId", tartu).queryParam("callYear", 2024).get("/api/v1/projects").then()
                .body("items.id", contains(ongoing));
        String reporting = create(with(with(project(), "status", "FINAL_REPORT"), "reference", reference("2024", "EE01")));
        listedWithStatus("FINAL_REPORT", reporting);
        String endedOnPurpose = create(with(with(project(), "status", "ENDED"), "reference", reference("2024", "EE01")));
        as("coordinator").get("/api/v1/projects/" + endedOnPurpose).then().body("status", equalTo("ENDED"));
        String number = ((String) planned.get("reference")).substring(22);
        as("coordinator").queryParam("q", number).get("/api/v1/projects").then().body("items.id", contains(later));
        as("coordinator").queryParam("institutionId", milan).get("/api/v1/projects").then().body("total", equalTo(0));
        badRequestAs("coordinator").queryParam("status", "LOST").get("/api/v1/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndAStaleOneChangesNothing() {
        String id = create(project());
        Map<String, Object> edit = with(with(project(), "version", 0), "status", "FINAL_REPORT");
        edit.put("reference", as("coordinator").get("/api/v1/projects/" + id).then().extract().path("reference"));
        edit.put("endDate", "2027-07-31");
        as("coordinator").body(edit).put("/api/v1/projects/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("durationMonths", equalTo(36)).body("status", equalTo("FINAL_REPORT"));
        badRequestAs("coordinator").body(with(edit, "status", "CLOSED")).put("/api/v1/projects/" + id).then().statusCode(409)
                .body("errors[0].field", equalTo("version"));
        badRequestAs("coordinator").body(with(edit, "version", null)).put("/api/v1/projects/" + id).then().statusCode(400);
        as("coordinator").get("/api/v1/projects/" + id).then().body("status", equalTo("FINAL_REPORT")).body("version", equalTo(1));
        badRequestAs("coordinator").body(edit).put("/api/v1/projects/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aReferenceBelongsToOneProject() {
        Map<String, Object> body = project();
        create(body);
        badRequestAs("coordinator").body(body).post("/api/v1/projects").then().statusCode(409).body("errors[0].field", equalTo("reference"));
    }

    @Test
    void malformedInputIs400AndNothingIsStored() {
        long before = total();
        for (Map<String, Object> bad : List.of(with(project(), "reference", "2024-EE01-KA171-000123"),
                with(project(), "budget", List.of(Map.of("region", 10, "line", "TRAVEL", "allocated", -1))),
                with(project(), "budget", List.of(Map.of("region", 15, "line", "TRAVEL", "allocated", 1))),
                with(project(), "budget", List.of(Map.of("region", 1, "line", "TRAVEL", "allocated", 1e12))),
                with(project(), "partnerInstitutionIds", List.of()), with(project(), "callYear", 1999))) {
            badRequestAs("coordinator").body(bad).post("/api/v1/projects").then().statusCode(400);
        }
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void theProgrammeRulesAre422WithTheFieldNamed() {
        long before = total();
        expect422(with(project(), "reference", reference("2023", "EE01")), "reference", "starts with 2023, not the call year 2024");
        expect422(with(project(), "reference", reference("2024", "IT02")), "reference", "names a National Agency in IT but the beneficiary is in EE");
        expect422(with(project(), "endDate", "2026-12-31"), "endDate", "must be 24 or 36 months after the start");
        expect422(with(project(), "startDate", "2022-08-01"), "startDate", "must be in the call year 2024 or the year after");
        expect422(with(project(), "partnerInstitutionIds", List.of(home, home)), "partnerInstitutionIds[1]", "is listed twice");
        expect422(with(project(), "partnerInstitutionIds", List.of(home, tartu)), "partnerInstitutionIds[1]", "is the beneficiary");
        expect422(with(project(), "partnerInstitutionIds", List.of(milan)), "partnerInstitutionIds", "must include the home institution");
        expect422(with(project(), "partnerInstitutionIds", List.of(home, UUID.randomUUID().toString())), "partnerInstitutionIds[1]", "is not a known institution");
        Map<String, Object> partnerSide = with(with(project(), "beneficiaryInstitutionId", home), "partnerInstitutionIds", List.of(tartu));
        partnerSide.put("reference", reference("2024", "KG01"));
        expect422(partnerSide, "beneficiaryInstitutionId", "must be an institution in an EU member state or an associated country");
        expect422(with(project(), "budget", List.of(Map.of("region", 10, "line", "TRAVEL", "allocated", 1),
                Map.of("region", 10, "line", "TRAVEL", "allocated", 2))), "budget[1]", "region 10 TRAVEL is given twice");
        assertThat(total()).isEqualTo(before);
    }

    private void expect422(Map<String, Object> body, String field, String message) {
        badRequestAs("coordinator").body(body).post("/api/v1/projects").then().statusCode(422)
                .body("errors.field", hasItem(field)).body("errors.message", hasItem(containsString(message)));
    }

    private long total() {
        return ((Number) as("coordinator").get("/api/v1/projects").then().extract().path("total")).longValue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "applicant", "evaluator", "partner", "admin" })
    void onlyTheCoordinatorRecordsAndChangesProjects(String role) {
        String id = create(project());
        String caller = role.equals("anonymous") ? null : role;
        int refused = caller == null ? 401 : 403;
        badRequestAs(caller).body(project()).post("/api/v1/projects").then().statusCode(refused);
        badRequestAs(caller).body(with(project(), "version", 0)).put("/api/v1/projects/" + id).then().statusCode(refused);
        if (!role.equals("admin")) {
            badRequestAs(caller).get("/api/v1/projects").then().statusCode(refused);
            badRequestAs(caller).get("/api/v1/projects/" + id).then().statusCode(refused);
            badRequestAs(caller).get("/api/v1/projects/" + id + "/budget").then().statusCode(refused);
        }
        as("coordinator").get("/api/v1/projects/" + id).then().body("version", equalTo(0)).body("status", not(equalTo("CLOSED")));
    }
}
