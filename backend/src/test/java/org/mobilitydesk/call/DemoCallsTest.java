package org.mobilitydesk.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mobilitydesk.call.CallParts.Criterion;
import org.mobilitydesk.call.CallParts.Eligibility;
import org.mobilitydesk.call.CallParts.Place;
import org.mobilitydesk.call.CallParts.RequiredDocument;
import org.mobilitydesk.call.CallRules.PartnerFacts;
import org.mobilitydesk.selection.CriterionKind;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo calls' JSON parts read as the application reads them and follow the rules. */
class DemoCallsTest {

    private static final UUID TARTU = UUID.fromString("0b6f3c1e-1d2a-4c0e-9a11-000000000002");
    private static final UUID MILAN = UUID.fromString("0b6f3c1e-1d2a-4c0e-9a11-000000000003");
    private static final Pattern LITERAL = Pattern.compile("'((?:\\{|\\[)(?:[^']|'')*)'");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON literals of the published call's row, in column order: title, description, eligibility, documents, criteria. */
    private static List<String> publishedCallJson() throws IOException {
        try (InputStream in = DemoCallsTest.class.getResourceAsStream("/db/demo/050-calls.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String row = sql.substring(sql.indexOf("('ca11de00-0000-4000-8000-000000000001', 'PUBLISHED'"),
                    sql.indexOf("('ca11de00-0000-4000-8000-000000000002', 'DRAFT'"));
            List<String> literals = new ArrayList<>();
            Matcher m = LITERAL.matcher(row);
            while (m.find()) {
                literals.add(m.group(1).replace("''", "'"));
            }
            return literals;
        }
    }

    @Test
    void thePublishedDemoCallIsCompleteAndWithinTheRules() throws IOException {
        List<String> json = publishedCallJson();
        assertThat(json).hasSize(5);
        Instant opens = Instant.parse("2026-11-22T00:00:00Z");
        CallContent call = new CallContent(JSON.readValue(json.get(0), new TypeReference<Map<String, String>>() { }),
                JSON.readValue(json.get(1), new TypeReference<Map<String, String>>() { }), CallMobilityType.STUDENT_STUDIES,
                CallDirection.OUTGOING, "2026/2027", null, List.of(new Place(TARTU, 2, null), new Place(MILAN, 1, "awaits approval")),
                JSON.readValue(json.get(2), Eligibility.class), JSON.readValue(json.get(3), new TypeReference<List<RequiredDocument>>() { }),
                JSON.readValue(json.get(4), new TypeReference<List<Criterion>>() { }), null, 2, opens, opens.plusSeconds(35L * 86_400));
        CallRules.Codes codes = new CallRules.Codes(Set.of("2026/2027"), Set.of(5, 6, 7, 8), Set.of("B2"), Set.of("en"));
        Map<UUID, PartnerFacts> partners = Map.of(TARTU, new PartnerFacts(true, "Tartu", true, 2), MILAN, new PartnerFacts(true, "Milan", true, null));
        assertThat(CallRules.violations(call, partners, false, codes)).isEmpty();
        assertThat(CallRules.publishViolations(call, opens)).isEmpty();
        // every text in the four interface languages
        assertThat(call.title()).containsOnlyKeys("en", "ru", "ky", "kk");
        assertThat(call.description()).containsOnlyKeys("en", "ru", "ky", "kk");
        assertThat(call.criteria()).allSatisfy(criterion -> assertThat(criterion.name()).containsOnlyKeys("en", "ru", "ky", "kk"));
        assertThat(call.criteria()).extracting(Criterion::weight).containsExactly(40, 30, 20, 10);
        assertThat(call.criteria()).extracting(Criterion::kind).containsExactly(CriterionKind.GRADE_AVERAGE, CriterionKind.EVALUATOR,
                CriterionKind.LANGUAGE_LEVEL, CriterionKind.EVALUATOR);
    }
}
