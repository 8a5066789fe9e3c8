package org.mobilitydesk.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The rate tables that migration V3 seeds, read from PostgreSQL row by row into the domain model: they must equal the
 * DOMAIN-KA171 fixtures the unit tests use, and the database must refuse what the model refuses.
 */
@QuarkusTest
class RateTableSeedTest {

    @Inject
    DataSource dataSource;

    private RateTable seeded(int callYear) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT v.item, v.qualifier, v.amount, v.confidence, v.source_kind, v.source_edition, v.source_note
                        FROM rate_value v JOIN rate_table t ON t.id = v.rate_table_id
                        WHERE t.call_year = ? AND t.version = 1""")) {
            s.setInt(1, callYear);
            List<RateValue> values = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(new RateValue(new RateKey(RateItem.valueOf(rows.getString(1)), rows.getString(2)), rows.getBigDecimal(3),
                            Confidence.valueOf(rows.getString(4)),
                            new RateSource(RateSource.Kind.valueOf(rows.getString(5)), rows.getObject(6, Integer.class), rows.getString(7))));
                }
            }
            return RateTable.of(callYear, 1, values);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 2022, 2023, 2024, 2025 })
    void theSeedHoldsTheDomainValuesOfEachCallYear(int callYear) throws SQLException {
        RateTable seeded = seeded(callYear);
        RateTable fixture = RateTableFixtures.callYear(callYear);
        assertThat(seeded.values().keySet()).containsExactlyInAnyOrderElementsOf(fixture.values().keySet());
        fixture.values().forEach((key, expected) -> {
            RateValue actual = seeded.values().get(key);
            assertThat(actual.confidence()).as("%s confidence", key).isEqualTo(expected.confidence());
            if (expected.known()) {
                assertThat(actual.amount()).as("%s amount", key).isEqualByComparingTo(expected.amount());
            }
            RateSource source = actual.source();
            assertThat(source.note()).as("%s: no developer's note", key).isNull();
            assertThat(source.kind()).as("%s kind", key).isNotEqualTo(RateSource.Kind.OFFICE);
            assertThat(source.kind() == RateSource.Kind.NOT_PUBLISHED).as("%s not published exactly when unknown", key).isEqualTo(!expected.known());
            assertThat(source.edition()).as("%s edition", key).isBetween(2022, 2025);
        });
    }

    /** Values not published for the call year itself name the edition that publishes them (DOMAIN-KA171 §4). */
    @ParameterizedTest(name = "{0} {1}:{2}")
    @CsvSource({ "2024, LONG_TERM_STUDENT_MONTH, PARTNER_TO_GROUP_2, PROGRAMME_GUIDE, 2023", "2022, LONG_TERM_STUDENT_MONTH, PARTNER_TO_GROUP_1, PROGRAMME_GUIDE, 2024",
            "2025, LONG_TERM_STUDENT_MONTH, PARTNER_TO_GROUP_1, PROGRAMME_GUIDE, 2025", "2023, LONG_TERM_STUDENT_MONTH, PARTNER_TO_GROUP_3, INFERRED, 2023",
            "2022, SHORT_TERM_STUDENT_DAY, FIRST_14_DAYS, PROGRAMME_GUIDE_KA131, 2022", "2023, SHORT_TERM_STUDENT_DAY, FROM_DAY_15, PROGRAMME_GUIDE, 2024",
            "2024, STAFF_DAY, PROGRAMME_TO_PARTNER, PROGRAMME_GUIDE, 2024", "2025, STAFF_DAY, PROGRAMME_TO_PARTNER, NOT_PUBLISHED, 2025",
            "2024, STAFF_DAY, PARTNER_TO_GROUP_2, NOT_PUBLISHED, 2024", "2023, TRAVEL_STANDARD, 8000, PROGRAMME_GUIDE, 2023",
            "2025, ORGANISATIONAL_SUPPORT, '', NOT_PUBLISHED, 2025", "2022, DURATION_MAX, SHORT_TERM_DOCTORAL, PROGRAMME_GUIDE, 2024" })
    void theSeedNamesThePublicSourceOfEachValue(int callYear, RateItem item, String qualifier, RateSource.Kind kind, int edition) throws SQLException {
        assertThat(seeded(callYear).value(new RateKey(item, qualifier)).source()).isEqualTo(new RateSource(kind, edition, null));
    }

    @Test
    void eachSeededCallYearHasOneDraftVersionWithoutReasonOrAuthor() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rows = c.createStatement().executeQuery("SELECT call_year, version, status, reason, created_by FROM rate_table WHERE seeded ORDER BY call_year")) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getInt(1) + " v" + rows.getInt(2) + " " + rows.getString(3) + " " + rows.getString(4) + " " + rows.getString(5));
            }
            assertThat(tables).containsExactly("2022 v1 DRAFT null null", "2023 v1 DRAFT null null", "2024 v1 DRAFT null null", "2025 v1 DRAFT null null");
        }
    }

    @Test
    void theWorkedExamplesComeOutOfTheSeededTables() throws SQLException {
        RateTable seeded = seeded(2024);
        GrantCalculator calculator = new GrantCalculator(year -> Optional.of(seeded));
        assertThat(calculator.calculate(Grants.kokshetauToTartu().build()).participantTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("4645"));
        assertThat(calculator.calculate(Grants.grazToBishkek().build()).participantTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("2898"));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5}")
    @CsvSource(nullValues = "NULL", value = { "STAFF_DAY, GROUP_1, 100, CONFIRMED, OFFICE, NULL", "BOGUS, '', 100, CONFIRMED, OFFICE, NULL",
            "TRAVEL_GREEN, 0150, 100, CONFIRMED, OFFICE, NULL", "ORGANISATIONAL_SUPPORT, '', NULL, PROBABLE, OFFICE, NULL",
            "ORGANISATIONAL_SUPPORT, '', 350, UNKNOWN, OFFICE, NULL", "ORGANISATIONAL_SUPPORT, '', -1, CONFIRMED, OFFICE, NULL",
            "ORGANISATIONAL_SUPPORT, '', 350, SURE, OFFICE, NULL", "ORGANISATIONAL_SUPPORT, '', 350, CONFIRMED, NOT_PUBLISHED, 2025",
            "ORGANISATIONAL_SUPPORT, '', NULL, UNKNOWN, PROGRAMME_GUIDE, 2025", "ORGANISATIONAL_SUPPORT, '', 350, CONFIRMED, PROGRAMME_GUIDE, NULL",
            "ORGANISATIONAL_SUPPORT, '', 350, CONFIRMED, OFFICE, 2025", "ORGANISATIONAL_SUPPORT, '', 350, CONFIRMED, HEARSAY, NULL" })
    void theDatabaseRefusesValuesTheModelRefuses(String item, String qualifier, BigDecimal amount, String confidence, String sourceKind,
            Integer edition) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        INSERT INTO rate_value (rate_table_id, item, qualifier, amount, confidence, source_kind, source_edition)
                        SELECT id, ?, ?, ?, ?, ?, ? FROM rate_table WHERE call_year = 2025""")) {
            s.setString(1, item);
            s.setString(2, qualifier);
            s.setBigDecimal(3, amount);
            s.setString(4, confidence);
            s.setString(5, sourceKind);
            s.setObject(6, edition, java.sql.Types.INTEGER);
            assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("violates check constraint");
        }
    }
}
