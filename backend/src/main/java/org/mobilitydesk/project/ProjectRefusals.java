package org.mobilitydesk.project;

import org.mobilitydesk.common.Refusal;

/** The refusals of a KA171 project's data ({@link ProjectRules}, {@link ProjectService}). */
public final class ProjectRefusals {

    public static final Refusal REFERENCE_YEAR = Refusal.of("project.reference.callYear", "referenceYear", "callYear");
    /** The National Agency's country (Greece's EL as GR) is not the beneficiary's. */
    public static final Refusal REFERENCE_AGENCY = Refusal.of("project.reference.agencyCountry", "agencyCountry", "beneficiaryCountry");
    public static final Refusal BENEFICIARY_NOT_PROGRAMME = Refusal.of("project.beneficiary.notProgrammeSide");
    public static final Refusal DURATION = Refusal.of("project.endDate.duration", "twoYearEndDate", "threeYearEndDate");
    public static final Refusal START_YEAR = Refusal.of("project.startDate.year", "callYear");
    public static final Refusal PARTNER_IS_BENEFICIARY = Refusal.of("project.partners.beneficiary");
    public static final Refusal HOME_NOT_INCLUDED = Refusal.of("project.partners.homeMissing");
    /** Partners whose agreements the project funds stay; partners are the names (comma-separated), partnerIds their ids. */
    public static final Refusal FUNDED_PARTNERS = Refusal.of("project.partners.funded", "partners", "partnerIds");
    public static final Refusal BUDGET_LINE_TWICE = Refusal.of("project.budget.twice", "region", "line");

    private ProjectRefusals() {
    }
}
