package org.mobilitydesk.application.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mobilitydesk.common.TextSearch;

/**
 * The SQL over one call's submitted applications under the list filters: a page, its count and the export share the
 * same condition. Drafts never match (submitted_at is set at submission and kept on withdrawal). The condition starts
 * with call_id and submitted_at, which the index application_call_status_idx (call_id, status, submitted_at, id)
 * serves; a partner is matched through application_preference_partner_idx, words through the trigram index on
 * search_text. Parameters are bound, never spliced: only the sort, chosen from a fixed list, is part of the text.
 */
final class ReviewSql {

    private static final Map<String, String> ORDER = Map.of(
            "submittedAt", "a.submitted_at %1$s, a.id %1$s",
            "name", "lower(a.applicant_name) %1$s, a.id %1$s");

    private final String where;
    private final String order;
    private final Map<String, Object> params;

    private ReviewSql(String where, String order, Map<String, Object> params) {
        this.where = where;
        this.order = order;
        this.params = params;
    }

    static ReviewSql of(UUID callId, ReviewFilters filters) {
        StringBuilder where = new StringBuilder("a.call_id = :call and a.submitted_at is not null");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("call", callId);
        if (filters.status != null) {
            where.append(" and a.status = :status");
            params.put("status", filters.status);
        }
        if (filters.eligibility != null) {
            where.append(" and a.eligibility = :eligibility");
            params.put("eligibility", filters.eligibility);
        }
        if (filters.partnerId != null) {
            where.append(" and exists (select 1 from application_preference p where p.application_id = a.id and p.partner_institution_id = :partner)");
            params.put("partner", UUID.fromString(filters.partnerId));
        }
        List<String> words = TextSearch.words(filters.q);
        for (int n = 0; n < words.size(); n++) {
            where.append(" and a.search_text like md_unaccent(:q").append(n).append(") escape '\\'");
            params.put("q" + n, TextSearch.containsPattern(words.get(n)));
        }
        String sort = filters.sort == null ? "submittedAt" : filters.sort;
        boolean descending = sort.startsWith("-");
        String order = String.format(ORDER.get(descending ? sort.substring(1) : sort), descending ? "desc" : "asc");
        return new ReviewSql(where.toString(), order, params);
    }

    /**
     * One page of summaries, with the number of documents of each; bind :limit and :offset too. The page is cut in a
     * subquery first, so the documents are counted for its rows only, not for every row the offset skips.
     */
    String page() {
        return "select a.id, a.receipt_number, a.applicant_name, a.applicant_email, a.status, a.eligibility, a.submitted_at, a.version,"
                + " (select count(*) from application_document d where d.application_id = a.id) as document_count"
                + " from (select a.id, a.receipt_number, a.applicant_name, a.applicant_email, a.status, a.eligibility, a.submitted_at, a.version"
                + " from application a where " + where + " order by " + order + " limit :limit offset :offset) a"
                + " order by " + order;
    }

    String count() {
        return "select count(*) from application a where " + where;
    }

    /** Every matching application with what a row of the export needs; partner ids in rank order, comma-separated. */
    String export() {
        return "select a.receipt_number, a.submitted_at, a.status, a.eligibility, a.eligibility_reason, a.applicant_name, a.applicant_email,"
                + " cast(a.profile_snapshot as text) as profile, a.planned_start, a.planned_end,"
                + " (select count(*) from application_document d where d.application_id = a.id) as document_count,"
                + " a.coordinator_note,"
                + " (select string_agg(cast(p.partner_institution_id as text), ',' order by p.rank) from application_preference p"
                + " where p.application_id = a.id) as partners"
                + " from application a where " + where + " order by " + order;
    }

    /** The ranked partners of the given applications (of one page). */
    static String preferences() {
        return "select p.application_id, p.rank, p.partner_institution_id from application_preference p"
                + " where p.application_id in (:ids) order by p.application_id, p.rank";
    }

    /** The partners any matching application ranks, to name them once before the export streams. */
    String partners() {
        return "select distinct p.partner_institution_id from application_preference p join application a on a.id = p.application_id"
                + " where " + where;
    }

    Map<String, Object> params() {
        return params;
    }

    String where() {
        return where;
    }

    String order() {
        return order;
    }
}
