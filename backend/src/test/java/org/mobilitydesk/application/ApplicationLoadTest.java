package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mobilitydesk.application.ApplicationFixtures.callBody;
import static org.mobilitydesk.application.ApplicationFixtures.draft;
import static org.mobilitydesk.application.ApplicationFixtures.pdf;
import static org.mobilitydesk.application.ApplicationFixtures.studentProfile;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.agreement.AgreementService;
import org.mobilitydesk.application.ApplicationFixtures.Person;
import org.mobilitydesk.call.CallFixtures;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** 200 applicants submit at the same moment (a bounded pool against 127.0.0.1): every submission is stored once, each with its own receipt. */
@QuarkusTest
class ApplicationLoadTest extends ApiTest {

    private static final int APPLICANTS = 200;
    private static final String MINE = "/api/v1/me/applications";

    @Inject
    AgreementService agreements;
    @TestHTTPResource("/")
    URL server;

    private static RequestSpecification bearer(String token) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    @Test
    void twoHundredSimultaneousSubmissionsAreAllStoredOnceWithDistinctReceipts() throws Exception {
        String home = CallFixtures.home("Asia/Bishkek");
        String tartu = CallFixtures.partner("Tartu");
        CallFixtures.agreementInForce(home, tartu, agreements);
        String call = ApplicationFixtures.publishedCall(callBody(CallFixtures.now().minus(1, ChronoUnit.DAYS), CallFixtures.now().plus(30, ChronoUnit.DAYS), tartu));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            // each applicant completes a draft
            List<Callable<String[]>> prepare = new ArrayList<>();
            for (int i = 0; i < APPLICANTS; i++) {
                prepare.add(() -> {
                    Person person = Person.fresh("Load");
                    String token = ApiTest.personToken("applicant", person.subject(), person.claims());
                    bearer(token).body(studentProfile()).put("/api/v1/me/profile").then().statusCode(200);
                    JsonPath created = bearer(token).body(Map.of("callId", call)).post(MINE).then().statusCode(201).extract().jsonPath();
                    String id = created.getString("id");
                    bearer(token).body(draft(created.getInt("version"), tartu)).put(MINE + "/" + id).then().statusCode(200);
                    given().header("Authorization", "Bearer " + token).contentType("multipart/form-data")
                            .multiPart("file", "letter.pdf", pdf(500), "application/pdf").multiPart("type", "MOTIVATION_LETTER")
                            .post(MINE + "/" + id + "/documents").then().statusCode(201);
                    return new String[] { id, token };
                });
            }
            List<String[]> drafts = new ArrayList<>();
            for (Future<String[]> f : pool.invokeAll(prepare)) {
                drafts.add(f.get());
            }

            // all submit at once
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<HttpResponse<String>>> submits = new ArrayList<>();
            for (String[] d : drafts) {
                submits.add(() -> {
                    start.await();
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + MINE + "/" + d[0] + "/submit"))
                            .header("Authorization", "Bearer " + d[1]).header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                });
            }
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (Callable<HttpResponse<String>> s : submits) {
                results.add(pool.submit(s));
            }
            start.countDown();
            Set<String> receipts = new HashSet<>();
            for (Future<HttpResponse<String>> f : results) {
                HttpResponse<String> response = f.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                receipts.add(new JsonPath(response.body()).getString("receiptNumber"));
            }
            assertThat(receipts).hasSize(APPLICANTS).doesNotContainNull();
        } finally {
            pool.shutdown();
        }
        UUID callId = UUID.fromString(call);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Application.count("callId = ?1 and status = ?2", callId, ApplicationStatus.SUBMITTED)))
                .isEqualTo(APPLICANTS);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.count("kind = ?1 and applicationId in (select a.id from Application a where a.callId = ?2)",
                ApplicationEventKind.SUBMITTED, callId))).isEqualTo(APPLICANTS);
    }
}
