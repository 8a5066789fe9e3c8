package org.mobilitydesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo agreements' conditions follow the rules and carry the hash the code computes for them. */
class DemoAgreementsTest {

    private static final Pattern CONDITIONS_ROW = Pattern.compile("^\\('([0-9a-f-]{36})', (\\d+), '(\\{.*\\})', '([0-9a-f]{64})', 'demo'\\),?$");

    private record Row(String agreementId, Conditions conditions, String hash) {
    }

    private static List<Row> rows() throws IOException {
        try (InputStream in = DemoAgreementsTest.class.getResourceAsStream("/db/demo/020-agreements.sql")) {
            ObjectMapper json = new ObjectMapper();
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = CONDITIONS_ROW.matcher(line);
                if (m.matches()) {
                    rows.add(new Row(m.group(1), json.readValue(m.group(3).replace("''", "'"), Conditions.class), m.group(4)));
                }
            }
            return rows;
        }
    }

    @Test
    void everyDemoConditionsRowHasTheComputedHashAndBreaksNoRule() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSize(9);
        SoftAssertions softly = new SoftAssertions();
        for (Row row : rows) {
            softly.assertThat(row.hash()).as(row.agreementId()).isEqualTo(CanonicalForm.hash(row.conditions()));
            UUID partner = row.conditions().flows().get(0).sendingInstitutionId().equals(AgreementSamples.HOME)
                    ? row.conditions().flows().get(0).receivingInstitutionId() : row.conditions().flows().get(0).sendingInstitutionId();
            softly.assertThat(ConditionsRules.violations(row.conditions(), AgreementSamples.HOME, partner, AgreementSamples.CODES))
                    .as(row.agreementId()).isEmpty();
        }
        softly.assertAll();
    }
}
