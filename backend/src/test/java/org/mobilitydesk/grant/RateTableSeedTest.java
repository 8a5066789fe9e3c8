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
                        SELECT v.item, v.qualifier, v.amount, v.confidence, v.source_note
                        FROM rate_value v JOIN rate_table t ON t.id = v.rate_table_id
                        WHERE t.call_year = ? AND t.version = 1""")) {
            s.setInt(1, callYear);
            List<RateValue> values = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(new RateValue(new RateKey(RateItem.valueOf(rows.getString(1)), rows.getString(2)), rows.getBigDecimal(3),
                            Confidence.valueOf(rows.getString(4)), rows.getString(5)));
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
            assertThat(actual.source()).as("%s source", key).startsWith("DOMAIN-KA171 §");
        });
    }

    @Test
    void eachSeededCallYearHasOneDraftVersionMadeByTheMigration() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rows = c.createStatement().executeQuery("SELECT call_year, version, status, created_by FROM rate_table WHERE created_by = 'migration V3' ORDER BY call_year")) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getInt(1) + " v" + rows.getInt(2) + " " + rows.getString(3) + " " + rows.getString(4));
            }
            assertThat(tables).containsExactly("2022 v1 DRAFT migration V3", "2023 v1 DRAFT migration V3", "2024 v1 DRAFT migration V3",
                    "2025 v1 DRAFT migration V3");
        }
    }

    @Test
    void theWorkedExamplesComeOutOfTheSeededTables() throws SQLException {
        RateTable seeded = seeded(2024);
        GrantCalculator calculator = new GrantCalculator(year -> Optional.of(seeded));
        assertThat(calculator.calculate(Grants.kokshetauToTartu().build()).participantTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("4645"));
        assertThat(calculator.calculate(Grants.grazToBishkek().build()).participantTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("2898"));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(nullValues = "NULL", value = { "STAFF_DAY, GROUP_1, 100, CONFIRMED", "BOGUS, '', 100, CONFIRMED", "TRAVEL_GREEN, 0150, 100, CONFIRMED",
            "ORGANISATIONAL_SUPPORT, '', NULL, PROBABLE", "ORGANISATIONAL_SUPPORT, '', 350, UNKNOWN", "ORGANISATIONAL_SUPPORT, '', -1, CONFIRMED",
            "ORGANISATIONAL_SUPPORT, '', 350, SURE" })
    void theDatabaseRefusesValuesTheModelRefuses(String item, String qualifier, BigDecimal amount, String confidence) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        INSERT INTO rate_value (rate_table_id, item, qualifier, amount, confidence, source_note)
                        SELECT id, ?, ?, ?, ?, 'test' FROM rate_table WHERE call_year = 2025""")) {
            s.setString(1, item);
            s.setString(2, qualifier);
            s.setBigDecimal(3, amount);
            s.setString(4, confidence);
            assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("violates check constraint");
        }
    }
}
