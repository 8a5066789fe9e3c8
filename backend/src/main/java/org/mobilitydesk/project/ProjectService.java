package org.mobilitydesk.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;
import org.mobilitydesk.common.CommonRefusals;
import org.mobilitydesk.common.FieldError;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.common.TextSearch;
import org.mobilitydesk.institution.InstitutionService;
import org.mobilitydesk.institution.InstitutionView;
import org.mobilitydesk.project.ProjectViews.AllocationInput;
import org.mobilitydesk.project.ProjectViews.BudgetView;
import org.mobilitydesk.project.ProjectViews.InstitutionRef;
import org.mobilitydesk.project.ProjectViews.ProjectInput;
import org.mobilitydesk.project.ProjectViews.ProjectPage;
import org.mobilitydesk.project.ProjectViews.ProjectRef;
import org.mobilitydesk.project.ProjectViews.ProjectSummary;
import org.mobilitydesk.project.ProjectViews.ProjectView;
import org.mobilitydesk.reference.ProgrammeSide;
import org.mobilitydesk.reference.ReferenceService;

import io.quarkus.panache.common.Parameters;

/** KA171 projects: checked against the programme rules, stored with who and when, listed and budgeted. */
@ApplicationScoped
public class ProjectService {

    private static final Map<String, String> SORT_COLUMNS = Map.of("reference", "p.reference", "callYear", "p.callYear",
            "startDate", "p.startDate");

    @Inject
    InstitutionService institutions;
    @Inject
    ReferenceService reference;
    @Inject
    Clock clock;

    @Transactional
    public ProjectPage list(ProjectQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (query.q != null && !query.q.isBlank()) {
            where.append(" and p.reference like :q escape '\\'");
            params.and("q", TextSearch.containsPattern(query.q.strip().toUpperCase(Locale.ROOT)));
        }
        if (query.callYear != null) {
            where.append(" and p.callYear = :callYear");
            params.and("callYear", query.callYear);
        }
        LocalDate today = LocalDate.now(clock);
        if (query.status != null) {
            datesFilter(ProjectStatus.valueOf(query.status), today, where, params);
        }
        if (query.institutionId != null) {
            where.append(" and (p.beneficiaryId = :institution or :institution member of p.partnerIds)");
            params.and("institution", query.institutionId);
        }
        boolean descending = query.sort.startsWith("-");
        String order = SORT_COLUMNS.get(descending ? query.sort.substring(1) : query.sort) + (descending ? " desc" : " asc");
        List<Project> found = Project.<Project>find("from Project p where " + where + " order by " + order + ", p.id", params)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .range(query.offset(), query.offset() + query.size - 1).list();
        Map<UUID, InstitutionView> names = institutions.byIds(found.stream().map(p -> p.beneficiaryId).toList());
        List<ProjectSummary> items = found.stream().map(p -> new ProjectSummary(p.id, p.reference, p.callYear,
                ref(names.get(p.beneficiaryId)), p.startDate, p.endDate, status(p, today), p.partnerIds.size(), p.totalAllocated())).toList();
        return new ProjectPage(items, query.page, query.size, Project.count("from Project p where " + where, params));
    }

    @Transactional
    public ProjectView get(UUID id) {
        return view(project(id));
    }

    /** The reference of the project with this id, when there is one. */
    @Transactional
    public Optional<String> referenceOf(UUID id) {
        return Project.<Project>findByIdOptional(id).map(p -> p.reference);
    }

    @Transactional
    public ProjectView create(ProjectInput input, String user) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.createdAt = Instant.now(clock);
        project.createdBy = user;
        apply(project, input, user);
        project.persist();
        return view(project);
    }

    @Transactional
    public ProjectView update(UUID id, ProjectInput input, String user) {
        Project project = project(id);
        if (input.version() == null) {
            throw ProblemException.badRequest("version", "is required: send the version you loaded");
        }
        if (input.version() != project.version) {
            throw ProblemException.staleVersion(project.version);
        }
        apply(project, input, user);
        Project.flush();
        return view(project);
    }

    /** A project another feature links to, with every institution taking part (beneficiary and partners). */
    public record Linkable(ProjectRef ref, Set<UUID> institutionIds) {
    }

    /** The projects with these ids as named elsewhere, by reference; one query, without their partners. */
    @Transactional
    public List<ProjectRef> refs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return Project.<Project>list("id in ?1 order by reference", ids).stream()
                .map(p -> new ProjectRef(p.id, p.reference, p.callYear, status(p, today))).toList();
    }

    /** The projects with these ids; unknown ids are absent from the answer. */
    @Transactional
    public Map<UUID, Linkable> linkable(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Project.<Project>list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, p -> {
            Set<UUID> involved = new LinkedHashSet<>(p.partnerIds);
            involved.add(p.beneficiaryId);
            return new Linkable(new ProjectRef(p.id, p.reference, p.callYear, status(p, LocalDate.now(clock))), involved);
        }));
    }

    @Transactional
    public BudgetView budget(UUID id) {
        Project project = project(id);
        List<ProjectBudget.Allocation> allocations = project.budget.stream()
                .map(a -> new ProjectBudget.Allocation(a.region(), a.line(), a.allocated())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> sums = Project.getEntityManager().createNativeQuery("SELECT region, line, kind, sum(amount) FROM ka171_budget_movement"
                + " WHERE project_id = :project GROUP BY region, line, kind").setParameter("project", id).getResultList();
        List<ProjectBudget.Movement> movements = sums.stream().map(row -> new ProjectBudget.Movement(((Number) row[0]).intValue(),
                BudgetLine.valueOf((String) row[1]), ProjectBudget.Kind.valueOf((String) row[2]), (BigDecimal) row[3])).toList();
        ProjectBudget budget = new ProjectBudget(allocations, movements);
        return new BudgetView(project.id, project.reference, budget.rows(), budget.lines(), budget.total());
    }

    private static Project project(UUID id) {
        return Project.<Project>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Project " + id));
    }

    private void apply(Project project, ProjectInput input, String user) {
        String referenceNumber = ProjectRules.canonicalReference(input.reference());
        if (Project.count("reference = ?1 and id <> ?2", referenceNumber, project.id) > 0) {
            throw ProblemException.conflict("reference", "Another project already has the reference " + referenceNumber);
        }
        Set<UUID> ids = new LinkedHashSet<>(input.partnerInstitutionIds());
        ids.add(input.beneficiaryInstitutionId());
        Map<UUID, InstitutionView> known = institutions.byIds(ids);
        List<FieldError> unknown = new ArrayList<>();
        if (!known.containsKey(input.beneficiaryInstitutionId())) {
            unknown.add(CommonRefusals.UNKNOWN_INSTITUTION.at("beneficiaryInstitutionId", "is not a known institution"));
        }
        for (int i = 0; i < input.partnerInstitutionIds().size(); i++) {
            if (!known.containsKey(input.partnerInstitutionIds().get(i))) {
                unknown.add(CommonRefusals.UNKNOWN_INSTITUTION.at("partnerInstitutionIds[" + i + "]", "is not a known institution"));
            }
        }
        refuse(unknown);
        UUID home = institutions.homeId().orElseThrow(() -> ProblemException.unprocessable(List.of(CommonRefusals.HOME_NOT_CONFIGURED.at(
                "partnerInstitutionIds", "the home institution is not configured yet: an administrator sets it first"))));
        InstitutionView beneficiary = known.get(input.beneficiaryInstitutionId());
        ProgrammeSide side = reference.country(beneficiary.countryCode(), input.callYear()).map(c -> c.side()).orElse(ProgrammeSide.NOT_ELIGIBLE);
        List<ProjectRules.Budget> lines = input.budget().stream().map(b -> new ProjectRules.Budget(b.region(), b.line())).toList();
        refuse(ProjectRules.problems(new ProjectRules.Draft(input.reference(), input.callYear(), beneficiary.id(), beneficiary.countryCode(),
                side == ProgrammeSide.EU || side == ProgrammeSide.ASSOCIATED, home, input.partnerInstitutionIds(), input.startDate(),
                input.endDate(), lines)));
        refuseLeavingFundedPartners(project.id, input);

        project.reference = referenceNumber;
        project.callYear = input.callYear();
        project.beneficiaryId = input.beneficiaryInstitutionId();
        project.startDate = input.startDate();
        project.endDate = input.endDate();
        // ENDED is read from the end date: like PLANNED and ONGOING it means "follow the dates", which ONGOING stores
        project.status = input.status() == ProjectStatus.ENDED ? ProjectStatus.ONGOING : input.status();
        project.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().strip();
        project.partnerIds.clear();
        project.partnerIds.addAll(input.partnerInstitutionIds());
        project.budget.clear();
        input.budget().forEach(b -> project.budget.add(new Project.Allocation(b.region().shortValue(), b.line(), b.allocated())));
        project.updatedAt = Instant.now(clock);
        project.updatedBy = user;
    }

    /** A partner whose agreement this project funds stays in the project until the agreement no longer names it. */
    private void refuseLeavingFundedPartners(UUID projectId, ProjectInput input) {
        @SuppressWarnings("unchecked")
        List<UUID> funded = Project.getEntityManager().createNativeQuery("SELECT DISTINCT a.partner_institution_id FROM agreement_project ap"
                + " JOIN agreement a ON a.id = ap.agreement_id WHERE ap.project_id = :project", UUID.class)
                .setParameter("project", projectId).getResultList();
        List<UUID> leaving = funded.stream().filter(id -> !input.partnerInstitutionIds().contains(id)
                && !id.equals(input.beneficiaryInstitutionId())).toList();
        if (!leaving.isEmpty()) {
            Map<UUID, String> names = institutions.names(leaving);
            String named = String.join(", ", names.values());
            throw ProblemException.unprocessable(List.of(ProjectRefusals.FUNDED_PARTNERS.at("partnerInstitutionIds", "cannot drop " + named
                    + ": this project funds an agreement with them; remove the project from that agreement first", named, names.keySet())));
        }
    }

    private static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
    }

    private ProjectView view(Project p) {
        Collection<UUID> ids = new LinkedHashSet<>(p.partnerIds);
        ids.add(p.beneficiaryId);
        Map<UUID, InstitutionView> known = institutions.byIds(ids);
        return new ProjectView(p.id, p.reference, p.callYear, ref(known.get(p.beneficiaryId)),
                p.partnerIds.stream().map(known::get).map(ProjectService::ref).toList(), p.startDate, p.endDate,
                ProjectRules.months(p.startDate, p.endDate), status(p, LocalDate.now(clock)), p.notes,
                p.budget.stream().map(a -> new AllocationInput((int) a.region(), a.line(), a.allocated())).toList(),
                p.totalAllocated(), p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }

    private static ProjectStatus status(Project p, LocalDate today) {
        return ProjectStatus.effective(p.status, p.startDate, p.endDate, today);
    }

    /** The status as read, in HQL: the coordinator's stage, or for the others the dates compared with today. */
    private static void datesFilter(ProjectStatus status, LocalDate today, StringBuilder where, Parameters params) {
        if (status.recorded()) {
            where.append(" and p.status = :status");
            params.and("status", status);
            return;
        }
        where.append(" and p.status not in :recorded");
        params.and("recorded", List.of(ProjectStatus.FINAL_REPORT, ProjectStatus.CLOSED)).and("today", today);
        where.append(switch (status) {
            case PLANNED -> " and p.startDate > :today";
            case ENDED -> " and p.endDate < :today";
            default -> " and p.startDate <= :today and p.endDate >= :today";
        });
    }

    private static InstitutionRef ref(InstitutionView i) {
        return new InstitutionRef(i.id(), i.name(), i.otherNames(), i.countryCode(), i.city());
    }
}
