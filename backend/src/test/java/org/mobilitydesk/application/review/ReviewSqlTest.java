package org.mobilitydesk.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReviewSqlTest {

    private static final UUID CALL = UUID.fromString("3f0c7f5e-1a2b-4c3d-8e9f-001122334455");
    private static final UUID PARTNER = UUID.fromString("00000000-0000-4000-8000-000000000001");

    private static ReviewFilters filters() {
        ReviewFilters filters = new ReviewFilters();
        filters.sort = "submittedAt";
        return filters;
    }

    @Test
    void withoutFiltersOnlyTheCallsSubmittedApplicationsOldestFirst() {
        ReviewSql sql = ReviewSql.of(CALL, filters());
        assertThat(sql.where()).isEqualTo("a.call_id = :call and a.submitted_at is not null");
        assertThat(sql.params()).containsOnlyKeys("call").containsEntry("call", CALL);
        assertThat(sql.order()).isEqualTo("a.submitted_at asc, a.id asc");
        assertThat(sql.page()).contains("where " + sql.where() + " order by a.submitted_at asc, a.id asc limit :limit offset :offset) a")
                .endsWith(") a order by a.submitted_at asc, a.id asc");
        assertThat(sql.count()).isEqualTo("select count(*) from application a where " + sql.where());
        assertThat(sql.export()).endsWith("where " + sql.where() + " order by a.submitted_at asc, a.id asc");
    }

    @Test
    void everyFilterIsABoundCondition() {
        ReviewFilters filters = filters();
        filters.status = "WITHDRAWN";
        filters.eligibility = "INELIGIBLE";
        filters.partnerId = PARTNER.toString();
        filters.q = "  aigérim  50%_off ";
        filters.sort = "-name";
        ReviewSql sql = ReviewSql.of(CALL, filters);
        assertThat(sql.where()).contains("a.status = :status").contains("a.eligibility = :eligibility")
                .contains("p.partner_institution_id = :partner")
                .contains("a.search_text like md_unaccent(:q0) escape '\\'").contains("a.search_text like md_unaccent(:q1) escape '\\'")
                .doesNotContain("WITHDRAWN").doesNotContain("aig");
        assertThat(sql.params()).containsEntry("status", "WITHDRAWN").containsEntry("eligibility", "INELIGIBLE")
                .containsEntry("partner", PARTNER).containsEntry("q0", "%aigérim%").containsEntry("q1", "%50\\%\\_off%");
        assertThat(sql.order()).isEqualTo("lower(a.applicant_name) desc, a.id desc");
    }

    @Test
    void theNewestFirstOnRequest() {
        ReviewFilters filters = filters();
        filters.sort = "-submittedAt";
        assertThat(ReviewSql.of(CALL, filters).order()).isEqualTo("a.submitted_at desc, a.id desc");
        filters.sort = null;
        assertThat(ReviewSql.of(CALL, filters).order()).isEqualTo("a.submitted_at asc, a.id asc");
    }
}
