package org.mobilitydesk.agreement;

import java.time.LocalDate;
import java.util.Map;

import io.quarkus.panache.common.Parameters;

/**
 * The HQL of the agreement list's filters and sort, with the statuses as read on that day: the summary columns
 * describe the version in force, so "in force" and "expired" are compared with the current academic year in SQL.
 */
final class AgreementListFilter {

    /** The status as read: an agreement in force whose last academic year ended before the current one is expired. */
    private static final String STATUS_AS_READ = "case when a.status = org.mobilitydesk.agreement.AgreementStatus.IN_FORCE"
            + " and a.lastAcademicYear < :currentYear then 'EXPIRED' else cast(a.status as String) end";
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "updatedAt", "a.updatedAt",
            "firstAcademicYear", "a.firstAcademicYear",
            "lastAcademicYear", "a.lastAcademicYear",
            "status", STATUS_AS_READ);

    /** The where clause and its parameters, and the order clause, which may need one parameter more. */
    final StringBuilder where = new StringBuilder("1 = 1");
    final Parameters params = new Parameters();
    private final AgreementQuery query;
    private final String currentYear;

    AgreementListFilter(AgreementQuery query, LocalDate today) {
        this.query = query;
        this.currentYear = AcademicCalendar.containing(today);
        if (query.partnerId != null) {
            where.append(" and a.partnerInstitutionId = :partner");
            params.and("partner", query.partnerId);
        }
        if (query.projectId != null) {
            where.append(" and :project member of a.projectIds");
            params.and("project", query.projectId);
        }
        if (query.status != null) {
            status(AgreementStatus.valueOf(query.status));
        }
        if (query.academicYear != null) {
            where.append(" and a.firstAcademicYear <= :year and a.lastAcademicYear >= :year");
            params.and("year", query.academicYear);
        }
        if (query.mobilityType != null) {
            where.append(" and array_contains(a.mobilityTypes, :type)");
            params.and("type", query.mobilityType);
        }
        if (query.expiring) {
            where.append(" and a.status <> :terminated and a.lastAcademicYear in :ending");
            params.and("terminated", AgreementStatus.TERMINATED).and("ending", AcademicCalendar.lastYearsEndingSoon(today));
        }
        if (query.awaitingPartner) {
            where.append(" and (a.status = :signed or a.amendmentStatus = :amendmentSigned)");
            params.and("signed", AgreementStatus.SIGNED_BY_HOME).and("amendmentSigned", AmendmentStatus.SIGNED_BY_HOME);
        }
    }

    private void status(AgreementStatus status) {
        where.append(" and a.status = :status");
        params.and("status", status == AgreementStatus.EXPIRED ? AgreementStatus.IN_FORCE : status);
        if (status == AgreementStatus.IN_FORCE || status == AgreementStatus.EXPIRED) {
            where.append(status == AgreementStatus.EXPIRED ? " and a.lastAcademicYear < :current" : " and a.lastAcademicYear >= :current");
            params.and("current", currentYear);
        }
    }

    /** The order clause; call it after counting with {@link #where}, as sorting by status adds its parameter. */
    String orderBy() {
        boolean descending = query.sort.startsWith("-");
        String key = descending ? query.sort.substring(1) : query.sort;
        if (key.equals("status")) {
            params.and("currentYear", currentYear);
        }
        return SORT_COLUMNS.get(key) + (descending ? " desc" : " asc") + ", a.id";
    }
}
