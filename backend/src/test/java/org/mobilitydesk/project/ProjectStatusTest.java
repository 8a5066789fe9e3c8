package org.mobilitydesk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mobilitydesk.project.ProjectStatus.CLOSED;
import static org.mobilitydesk.project.ProjectStatus.ENDED;
import static org.mobilitydesk.project.ProjectStatus.FINAL_REPORT;
import static org.mobilitydesk.project.ProjectStatus.ONGOING;
import static org.mobilitydesk.project.ProjectStatus.PLANNED;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectStatusTest {

    private static final LocalDate START = LocalDate.of(2024, 8, 1);
    private static final LocalDate END = LocalDate.of(2026, 7, 31);

    @ParameterizedTest(name = "{0} on {1} reads {2}")
    @CsvSource({
            // stored, today, as read: PLANNED, ONGOING and ENDED follow from the dates
            "PLANNED, 2024-07-31, PLANNED", "PLANNED, 2024-08-01, ONGOING", "PLANNED, 2026-07-31, ONGOING", "PLANNED, 2026-08-01, ENDED",
            "ONGOING, 2024-07-31, PLANNED", "ONGOING, 2025-03-01, ONGOING", "ONGOING, 2026-07-31, ONGOING", "ONGOING, 2026-12-02, ENDED",
            // the stages the coordinator records stay as recorded
            "FINAL_REPORT, 2024-07-31, FINAL_REPORT", "FINAL_REPORT, 2025-03-01, FINAL_REPORT", "FINAL_REPORT, 2026-12-02, FINAL_REPORT",
            "CLOSED, 2024-07-31, CLOSED", "CLOSED, 2025-03-01, CLOSED", "CLOSED, 2026-12-02, CLOSED",
    })
    void beforeWithinAndAfterTheProjectsDates(ProjectStatus stored, LocalDate today, ProjectStatus expected) {
        assertThat(ProjectStatus.effective(stored, START, END, today)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "PLANNED, false", "ONGOING, false", "ENDED, false", "FINAL_REPORT, true", "CLOSED, true" })
    void onlyReportingAndClosingAreRecorded(ProjectStatus status, boolean recorded) {
        assertThat(status.recorded()).isEqualTo(recorded);
        assertThat(ProjectStatus.effective(status, START, END, END.plusDays(1))).isEqualTo(recorded ? status : ENDED);
    }
}
