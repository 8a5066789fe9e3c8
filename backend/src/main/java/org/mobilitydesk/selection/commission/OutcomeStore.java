package org.mobilitydesk.selection.commission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.mobilitydesk.call.CallViews.CallView;
import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.institution.InstitutionService;
import org.mobilitydesk.selection.Candidate;
import org.mobilitydesk.selection.CriterionKind;
import org.mobilitydesk.selection.CriterionScore;
import org.mobilitydesk.selection.Outcome;
import org.mobilitydesk.selection.OutcomeStatus;
import org.mobilitydesk.selection.RankDecision;
import org.mobilitydesk.selection.RankingRule;
import org.mobilitydesk.selection.SelectionInput;
import org.mobilitydesk.selection.SelectionResult;
import org.mobilitydesk.selection.commission.AllocationViews.OutcomePage;
import org.mobilitydesk.selection.commission.AllocationViews.OutcomeView;
import org.mobilitydesk.selection.commission.AllocationViews.StepView;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A run's outcomes as rows of selection_outcome: written in one statement, read a page at a time with the applicants'
 * receipt numbers and names, and the explanations given their English text.
 */
@ApplicationScoped
public class OutcomeStore {

    private static final TypeReference<List<Map<String, Object>>> STEPS = new TypeReference<>() {
    };
    private static final TypeReference<List<BigDecimal>> SCORES = new TypeReference<>() {
    };

    @Inject
    EntityManager em;
    @Inject
    InstitutionService institutions;
    @Inject
    SelectionJson json;

    /** Writes the outcomes in the result's order, each with the candidate's shown scores and the rule that ranked it above the next. */
    void store(UUID runId, SelectionInput input, SelectionResult result) {
        Map<UUID, Candidate> candidates = input.candidates().stream().collect(Collectors.toMap(Candidate::applicationId, Function.identity()));
        Map<Integer, RankingRule> decidedBy = result.rankDecisions().stream().collect(Collectors.toMap(RankDecision::rank, RankDecision::decidedBy));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < result.outcomes().size(); i++) {
            Outcome o = result.outcomes().get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("position", i + 1);
            row.put("application_id", o.applicationId());
            row.put("status", o.status());
            row.put("rank", o.rank());
            row.put("total", o.total());
            row.put("partner_id", o.partnerId());
            row.put("preference", o.preference());
            row.put("reserve_position", o.reservePosition());
            row.put("decided_by", o.rank() == null ? null : decidedBy.get(o.rank()));
            row.put("scores", shown(input, candidates.get(o.applicationId())));
            row.put("explanation", o.explanation().stream().map(s -> Map.of("code", s.code(), "args", s.args())).toList());
            rows.add(row);
        }
        em.createNativeQuery("insert into selection_outcome (run_id, position, application_id, status, rank, total, partner_id, preference,"
                + " reserve_position, decided_by, scores, explanation) select :run, r.position, r.application_id, r.status, r.rank, r.total,"
                + " r.partner_id, r.preference, r.reserve_position, r.decided_by, r.scores, r.explanation from jsonb_to_recordset(cast(:rows as jsonb))"
                + " as r(position integer, application_id uuid, status varchar, rank integer, total numeric, partner_id uuid, preference integer,"
                + " reserve_position integer, decided_by varchar, scores jsonb, explanation jsonb)")
                .setParameter("run", runId).setParameter("rows", json.write(rows)).executeUpdate();
    }

    OutcomePage page(CallView call, UUID runId, OutcomeStatus status, PageParams paging) {
        String where = where(status);
        var count = em.createNativeQuery("select count(*)" + where).setParameter("run", runId);
        if (status != null) {
            count.setParameter("status", status.name());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        return new OutcomePage(read(call, runId, status, paging.size, paging.offset()), paging.page, paging.size, total);
    }

    /** All the run's outcomes, in the run's order. */
    List<OutcomeView> all(CallView call, UUID runId) {
        return read(call, runId, null, Integer.MAX_VALUE, 0);
    }

    private static String where(OutcomeStatus status) {
        return " from selection_outcome o join application a on a.id = o.application_id where o.run_id = :run"
                + (status == null ? "" : " and o.status = :status");
    }

    private List<OutcomeView> read(CallView call, UUID runId, OutcomeStatus status, int limit, int offset) {
        NativeQuery<Object[]> query = em.createNativeQuery("select o.application_id, a.receipt_number, a.applicant_name, o.status, o.rank, o.total,"
                + " o.partner_id, o.preference, o.reserve_position, o.decided_by, cast(o.scores as text) as scores, cast(o.explanation as text) as explanation"
                + where(status) + " order by o.position limit :limit offset :offset", Object[].class).unwrap(NativeQuery.class);
        query.addScalar("application_id", StandardBasicTypes.UUID).addScalar("receipt_number", StandardBasicTypes.STRING)
                .addScalar("applicant_name", StandardBasicTypes.STRING).addScalar("status", StandardBasicTypes.STRING)
                .addScalar("rank", StandardBasicTypes.INTEGER).addScalar("total", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("partner_id", StandardBasicTypes.UUID).addScalar("preference", StandardBasicTypes.INTEGER)
                .addScalar("reserve_position", StandardBasicTypes.INTEGER).addScalar("decided_by", StandardBasicTypes.STRING)
                .addScalar("scores", StandardBasicTypes.STRING).addScalar("explanation", StandardBasicTypes.STRING);
        query.setParameter("run", runId).setParameter("limit", limit).setParameter("offset", offset);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        List<Object[]> rows = query.getResultList();
        List<List<Map<String, Object>>> steps = rows.stream().map(r -> json.read((String) r[11], STEPS)).toList();
        ExplanationText.Names names = names(call, steps);
        List<OutcomeView> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            List<StepView> explanation = steps.get(i).stream().map(s -> ExplanationText.view(s, names)).toList();
            items.add(new OutcomeView((UUID) r[0], (String) r[1], (String) r[2], OutcomeStatus.valueOf((String) r[3]), (Integer) r[4], (BigDecimal) r[5],
                    (UUID) r[6], (Integer) r[7], (Integer) r[8], r[9] == null ? null : RankingRule.valueOf((String) r[9]), json.read((String) r[10], SCORES),
                    explanation));
        }
        return items;
    }

    /** Per criterion the score shown: none for an evaluator-scored one that nobody submitted yet. */
    private static List<BigDecimal> shown(SelectionInput input, Candidate candidate) {
        List<BigDecimal> scores = new ArrayList<>();
        for (int i = 0; i < input.criteria().list().size(); i++) {
            CriterionScore s = candidate.score().criteria().get(i);
            boolean none = input.criteria().list().get(i).kind() == CriterionKind.EVALUATOR && s.submittedEvaluations() == 0;
            scores.add(none ? null : s.rounded());
        }
        return scores;
    }

    /** Partners by the call's names, or the directory's for one no longer in the call. */
    private ExplanationText.Names names(CallView call, List<List<Map<String, Object>>> steps) {
        Set<String> inCall = call.places().stream().map(p -> p.partner().id().toString()).collect(Collectors.toSet());
        Set<UUID> others = steps.stream().flatMap(List::stream).flatMap(s -> ((Map<?, ?>) s.get("args")).entrySet().stream())
                .filter(e -> e.getKey().toString().endsWith("artnerId") && !inCall.contains(e.getValue().toString()))
                .map(e -> UUID.fromString(e.getValue().toString())).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        institutions.byIds(others).forEach((id, institution) -> names.put(id.toString(), institution.name()));
        return ExplanationText.forCall(call, names);
    }
}
