package org.mobilitydesk.application.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mobilitydesk.application.review.ReviewFixtures.PDF;
import static org.mobilitydesk.application.review.ReviewFixtures.PNG;
import static org.mobilitydesk.application.review.ReviewFixtures.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mobilitydesk.application.ApplicationStatus;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.common.ApiTest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ReviewExportTest extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManager em;

    private UUID tartu;
    private UUID milan;
    private UUID call;

    @BeforeEach
    void aCall() {
        ReviewFixtures.home("Asia/Bishkek");
        tartu = ReviewFixtures.partner("Tartu");
        milan = ReviewFixtures.partner("Milan");
        call = ReviewFixtures.call("Erasmus+ Study Exchange 2026/2027", tartu, milan);
    }

    private String export() {
        return "/api/v1/calls/" + call + "/applications/export";
    }

    private Response csv(Map<String, ?> query) {
        return as("coordinator").accept("*/*").queryParams(query).get(export());
    }

    private static List<String> lines(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return Arrays.asList(text.substring(1).split("\r\n", -1));
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerApplicationInTheHomeTimeZone() {
        UUID id = application(call).named("Aizada", "Toktogulova").email("aizada@example.kg").at("2026-11-02T05:30:00Z")
                .ranking(milan, tartu).note("Transcript by post; call back")
                .document(DocumentType.MOTIVATION_LETTER, "m.pdf", "application/pdf", PDF).document(DocumentType.PASSPORT, "p.png", "image/png", PNG)
                .save();
        as("coordinator").body(Map.of("version", 0, "decision", "INELIGIBLE", "reason", "Grade below 4, \"strict\""))
                .put("/api/v1/applications/" + id + "/eligibility").then().statusCode(200);
        application(call).status(ApplicationStatus.DRAFT).named("Draft", "Only").save();

        Response response = csv(Map.of());
        response.then().statusCode(200).contentType("text/csv").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", matchesPattern(
                        "attachment; filename=\"applications-erasmus-study-exchange-2026-2027-\\d{4}-\\d{2}-\\d{2}\\.csv\"; filename\\*=UTF-8''applications-erasmus-study-exchange-2026-2027-\\d{4}-\\d{2}-\\d{2}\\.csv"));
        List<String> lines = lines(response.asByteArray());
        assertThat(lines).hasSize(3).last().isEqualTo("");
        assertThat(lines.get(0)).isEqualTo("Receipt number,Submitted at,Status,Eligibility,Eligibility reason,Applicant name,E-mail,Citizenship,"
                + "Date of birth,Study programme,Study cycle,Year of study,Grade average,Languages,Preference 1,Preference 2,Preference 3,"
                + "Planned start,Planned end,Documents,Note");
        String receipt = as("coordinator").get("/api/v1/applications/" + id).then().extract().path("receiptNumber");
        String milanName = as("coordinator").get("/api/v1/institutions/" + milan).then().extract().path("name");
        String tartuName = as("coordinator").get("/api/v1/institutions/" + tartu).then().extract().path("name");
        assertThat(lines.get(1)).isEqualTo(receipt + ",2026-11-02T11:30:00,Submitted,Not eligible,\"Grade below 4, \"\"strict\"\"\",Aizada Toktogulova,"
                + "aizada@example.kg,Kyrgyzstan,2004-03-15,General Medicine,Master (EQF 7),3,4.3 of 5,\"English B2, Russian C1\"," + milanName + ","
                + tartuName + ",,2027-02-01,2027-06-30,2,Transcript by post; call back");
    }

    @Test
    void headersAndWordsAreInTheLanguageOfAcceptLanguageWithOneColumnPerPreferenceOfTheCall() throws IOException {
        UUID twoChoices = ReviewFixtures.call("Staff week 2026/2027", 2, tartu, milan);
        application(twoChoices).named("Aizada", "Toktogulova").ranking(tartu).at("2026-11-02T05:30:00Z").save();
        String path = "/api/v1/calls/" + twoChoices + "/applications/export";
        List<String> russian = lines(as("coordinator").accept("*/*").header("Accept-Language", "ru-RU, en;q=0.5").get(path).then().statusCode(200)
                .extract().asByteArray());
        assertThat(russian.get(0)).isEqualTo("Номер квитанции,Подана,Статус,Соответствие условиям,Причина решения о соответствии,Имя заявителя,"
                + "Эл. почта,Гражданство,Дата рождения,Образовательная программа,Уровень обучения,Курс,Средний балл,Языки,Предпочтение 1,"
                + "Предпочтение 2,Планируемое начало,Планируемое окончание,Документы,Заметка");
        assertThat(russian.get(1)).contains(",Подана,Ещё не решено,").contains(",Киргизия,2004-03-15,").contains(",Магистратура (EQF 7),3,4.3 из 5,")
                .contains("\"английский B2, русский C1\"");
        List<String> english = lines(as("coordinator").accept("*/*").header("Accept-Language", "de-DE").get(path).asByteArray());
        assertThat(english.get(0)).startsWith("Receipt number,").contains(",Preference 2,Planned start,").doesNotContain("Preference 3");
        Response kyrgyz = as("coordinator").accept("*/*").header("Accept-Language", "ky").queryParam("format", "xlsx").get(path);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(kyrgyz.asByteArray()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Квитанциянын номери");
            assertThat(header.getCell(15).getStringCellValue()).isEqualTo("Тандоо 2");
            assertThat(header.getLastCellNum()).isEqualTo((short) 20);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).isEqualTo("Кыргызстан");
        }
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() {
        application(call).named("=HYPERLINK(\"http://evil.example\",\"x\")", "Evil").email("@evil@example.kg").note("+1 call back\nlater")
                .at("2026-11-01T00:00:00Z").save();
        application(call).named("-2+3", "Minus").note("\tTabbed").at("2026-11-02T00:00:00Z").save();
        List<String> lines = lines(csv(Map.of()).then().statusCode(200).extract().asByteArray());
        assertThat(lines.get(1)).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") Evil\",'@evil@example.kg,")
                .endsWith(",\"'+1 call back\nlater\"");
        assertThat(String.join("\r\n", lines)).contains(",'-2+3 Minus,").contains(",'\tTabbed\r\n");
    }

    @Test
    void theExportTakesTheListsFilters() {
        application(call).named("Kept", "Submitted").ranking(tartu).save();
        UUID withdrawn = application(call).named("Gone", "Withdrawn").ranking(milan).status(ApplicationStatus.WITHDRAWN).save();
        List<String> lines = lines(csv(Map.of("status", "WITHDRAWN")).then().statusCode(200).extract().asByteArray());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("Gone Withdrawn").contains(",Withdrawn,");
        assertThat(lines(csv(Map.of("partnerId", tartu.toString())).asByteArray()).get(1)).contains("Kept Submitted");
        assertThat(lines(csv(Map.of("q", "kept")).asByteArray())).hasSize(3);
        assertThat(lines(csv(Map.of("eligibility", "ELIGIBLE")).asByteArray())).hasSize(2);
        assertThat(withdrawn).isNotNull();
    }

    @Test
    void theXlsxIsARealWorkbook() throws IOException {
        UUID id = application(call).named("Aizada", "Toktogulova").email("=cmd@example.kg").ranking(tartu)
                .document(DocumentType.CV, "cv.pdf", "application/pdf", PDF).at("2026-11-02T05:30:00Z").save();
        Response response = as("admin").accept("*/*").queryParam("format", "xlsx").get(export());
        response.then().statusCode(200).contentType(XLSX).header("Content-Disposition", matchesPattern("attachment; filename=\"applications-.*\\.xlsx\";.*"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Applications");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Receipt number");
            assertThat(header.getCell(20).getStringCellValue()).isEqualTo("Note");
            Row row = sheet.getRow(1);
            String receipt = as("coordinator").get("/api/v1/applications/" + id).then().extract().path("receiptNumber");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(receipt);
            // dates and times are numbers with a date format, in the home institution's zone
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(row.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2026-11-02T11:30:00"));
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
            for (int column : new int[] { 8, 17, 18 }) {
                assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(column).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            }
            assertThat(row.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2004, 3, 15));
            assertThat(row.getCell(17).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Aizada Toktogulova");
            // a text cell: shown as written, never evaluated, so no apostrophe
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("=cmd@example.kg");
            assertThat(row.getCell(12).getStringCellValue()).isEqualTo("4.3 of 5");
            assertThat(row.getCell(13).getStringCellValue()).isEqualTo("English B2, Russian C1");
            assertThat(row.getCell(14).getStringCellValue()).startsWith("Tartu");
            assertThat(row.getCell(15)).isNull();
            assertThat(row.getCell(19).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(19).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    /** More rows than one fetch of the cursor (500), in both formats, in the list's order. */
    @Test
    void manyRowsStreamInOrder() throws IOException {
        int n = 1_234;
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(BulkApplications.PROFILES).setParameter("call", call.toString()).setParameter("n", n).executeUpdate();
            em.createNativeQuery(BulkApplications.APPLICATIONS).setParameter("call", call).setParameter("n", n).executeUpdate();
        });
        List<String> lines = lines(csv(Map.of()).then().statusCode(200).extract().asByteArray());
        assertThat(lines).hasSize(n + 2);
        assertThat(lines.get(1)).contains(",Bulk Applicant 1,");
        assertThat(lines.get(n)).contains(",Bulk Applicant " + n + ",");
        as("coordinator").queryParam("size", 1).get("/api/v1/calls/" + call + "/applications").then().body("total", equalTo(n));
        Response xlsx = as("coordinator").accept("*/*").queryParam("format", "xlsx").queryParam("sort", "-submittedAt").get(export());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(n);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Bulk Applicant " + n);
        }
    }
}
