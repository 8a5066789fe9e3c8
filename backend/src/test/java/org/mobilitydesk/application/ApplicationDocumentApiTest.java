package org.mobilitydesk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mobilitydesk.application.ApplicationFixtures.callBody;
import static org.mobilitydesk.application.ApplicationFixtures.exe;
import static org.mobilitydesk.application.ApplicationFixtures.pdf;
import static org.mobilitydesk.application.ApplicationFixtures.png;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mobilitydesk.agreement.AgreementService;
import org.mobilitydesk.application.ApplicationFixtures.Person;
import org.mobilitydesk.call.CallFixtures;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ApplicationDocumentApiTest extends ApiTest {

    private static final String MINE = "/api/v1/me/applications";

    @TestHTTPResource("/")
    URL server;
    @Inject
    AgreementService agreements;

    private Person aizada;
    private String id;

    @BeforeEach
    void draft() {
        String home = CallFixtures.home("Asia/Bishkek");
        String tartu = CallFixtures.partner("Tartu");
        CallFixtures.agreementInForce(home, tartu, agreements);
        String call = ApplicationFixtures.publishedCall(callBody(CallFixtures.now().minus(1, ChronoUnit.DAYS), CallFixtures.now().plus(30, ChronoUnit.DAYS), tartu));
        aizada = Person.fresh("Aizada");
        id = asPerson("applicant", aizada.subject(), aizada.claims(), true).body(Map.of("callId", call)).post(MINE).then().statusCode(201)
                .extract().path("id");
    }

    private RequestSpecification me() {
        return asPerson("applicant", aizada.subject(), aizada.claims(), false);
    }

    private ValidatableResponse upload(String type, String otherLabel, String fileName, byte[] content, String declared) {
        // as browsers do: the file name in UTF-8
        RequestSpecification request = withFile(me(), fileName, content, declared).multiPart("type", type);
        if (otherLabel != null) {
            request.multiPart("otherLabel", otherLabel);
        }
        return request.post(MINE + "/" + id + "/documents").then();
    }

    private long stored() {
        UUID application = UUID.fromString(id);
        return QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.count("applicationId", application));
    }

    @Test
    void aPdfIsStoredWithItsHashAndComesBackAsAnAttachment() {
        byte[] content = pdf(1024);
        String documentId = upload("MOTIVATION_LETTER", null, "Мотивация (final).pdf", content, "application/octet-stream").statusCode(201)
                .header("Location", containsString(MINE + "/" + id + "/documents/"))
                .body("type", equalTo("MOTIVATION_LETTER")).body("contentType", equalTo("application/pdf")).body("sizeBytes", equalTo(1024))
                .body("sha256", equalTo(Uploads.sha256(content))).body("fileName", equalTo("Мотивация (final).pdf"))
                .extract().path("id");
        byte[] back = me().accept("application/pdf, application/problem+json").get(MINE + "/" + id + "/documents/" + documentId).then().statusCode(200)
                .contentType("application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"_________ (final).pdf\"; filename*=UTF-8''%D0%9C%D0%BE%D1%82%D0%B8%D0%B2%D0%B0%D1%86%D0%B8%D1%8F%20%28final%29.pdf")
                .extract().asByteArray();
        assertThat(back).isEqualTo(content);
        me().accept("application/pdf, application/problem+json").queryParam("inline", true).get(MINE + "/" + id + "/documents/" + documentId).then()
                .statusCode(200).header("Content-Disposition", containsString("inline; "));
        asPerson("applicant", aizada.subject(), aizada.claims(), true).get(MINE + "/" + id).then().body("documents.size()", equalTo(1))
                .body("documents[0].id", equalTo(documentId)).body("checklist.find { it.documentType == 'MOTIVATION_LETTER' }.complete", equalTo(true));
    }

    @Test
    void aNewUploadForTheSameRequirementReplacesTheOldFile() {
        String first = upload("MOTIVATION_LETTER", null, "a.pdf", pdf(100), "application/pdf").statusCode(201).extract().path("id");
        String second = upload("MOTIVATION_LETTER", null, "b.pdf", pdf(200), "application/pdf").statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        assertThat(stored()).isEqualTo(1);
        me().accept("application/pdf, application/problem+json").get(MINE + "/" + id + "/documents/" + first).then().statusCode(404);
        me().get(MINE + "/" + id).then().body("documents[0].fileName", equalTo("b.pdf")).body("documents[0].sizeBytes", equalTo(200));
    }

    @Test
    void anOtherDocumentIsUploadedUnderTheLabelOfTheCallsRequirement() {
        upload("OTHER", "Medical certificate", "scan.png", png(500), "image/png").statusCode(201).body("otherLabel", equalTo("Medical certificate"))
                .body("contentType", equalTo("image/png"));
        upload("OTHER", "Birth certificate", "scan.png", png(500), "image/png").statusCode(422).body("errors[0].field", equalTo("type"));
        upload("OTHER", null, "scan.png", png(500), "image/png").statusCode(422);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aPngRenamedToPdfIsRefusedWhereOnlyPdfIsAccepted() {
        upload("MOTIVATION_LETTER", null, "letter.pdf", png(500), "application/pdf").statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("is a PNG image; the call accepts PDF"));
        assertThat(stored()).isZero();
    }

    @Test
    void executablesRenamedToPdfAreRefused() {
        upload("MOTIVATION_LETTER", null, "letter.pdf", exe(500), "application/pdf").statusCode(415)
                .body("detail", containsString("is a Windows executable"));
        byte[] elf = new byte[64];
        System.arraycopy(FormatSnifferTest.ELF, 0, elf, 0, FormatSnifferTest.ELF.length);
        upload("OTHER", "Medical certificate", "scan.jpg", elf, "image/jpeg").statusCode(415).body("detail", containsString("an ELF executable"))
                .body("detail", containsString("PDF, JPEG, PNG"));
        assertThat(stored()).isZero();
    }

    @Test
    void anEmptyFileOrATypeTheCallDoesNotAskForIsRefused() {
        upload("MOTIVATION_LETTER", null, "letter.pdf", new byte[0], "application/pdf").statusCode(422).body("errors[0].field", equalTo("file"))
                .body("errors[0].code", equalTo("application.document.empty"));
        upload("CV", null, "cv.pdf", pdf(100), "application/pdf").statusCode(422).body("errors[0].field", equalTo("type"))
                .body("errors[0].code", equalTo("application.document.notAsked")).body("errors[0].args.documentType", equalTo("CV"));
        upload("PAYSLIP", null, "cv.pdf", pdf(100), "application/pdf").statusCode(400).body("errors[0].field", equalTo("type"));
        assertThat(stored()).isZero();
    }

    @Test
    void oneByteOverTheRequirementsLimitIsRefusedAndNothingIsStored() {
        upload("MOTIVATION_LETTER", null, "letter.pdf", pdf(1025), "application/pdf").statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 1024 bytes"));
        assertThat(stored()).isZero();
        upload("MOTIVATION_LETTER", null, "letter.pdf", pdf(1024), "application/pdf").statusCode(201);
    }

    @Test
    void aRequestWithoutAFilePartIsMalformed() {
        me().contentType("multipart/form-data").multiPart("type", "MOTIVATION_LETTER").post(MINE + "/" + id + "/documents").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        me().contentType("multipart/form-data").multiPart("file", "letter.pdf", pdf(100), "application/pdf").post(MINE + "/" + id + "/documents").then()
                .statusCode(400).body("errors[0].field", equalTo("type"));
        assertThat(stored()).isZero();
    }

    @Test
    void aDocumentIsDeletedFromADraft() {
        String documentId = upload("MOTIVATION_LETTER", null, "a.pdf", pdf(100), "application/pdf").statusCode(201).extract().path("id");
        me().accept("application/json, application/problem+json").delete(MINE + "/" + id + "/documents/" + documentId).then().statusCode(204);
        me().accept("application/json, application/problem+json").delete(MINE + "/" + id + "/documents/" + documentId).then().statusCode(404);
        assertThat(stored()).isZero();
    }

    /** A body declared larger than the server accepts is refused from its headers with a problem, before it is sent. */
    @Test
    void aBodyOverTheServersLimitGetsAProblem() throws Exception {
        String token = ApiTest.personToken("applicant", aizada.subject(), aizada.claims());
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + MINE + "/" + id + "/documents HTTP/1.1\r\nHost: " + server.getHost() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + (30L * 1024 * 1024) + "\r\n\r\n--b\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) > 0;) {
                response.write(buffer, 0, n);
            }
            String text = response.toString(StandardCharsets.UTF_8);
            assertThat(text).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("\"status\":413");
        }
        assertThat(stored()).isZero();
    }
}
