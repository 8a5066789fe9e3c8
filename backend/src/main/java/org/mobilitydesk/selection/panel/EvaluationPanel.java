package org.mobilitydesk.selection.panel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A call's evaluation panel: its members, and in CHOSEN mode who evaluates which application. */
@Entity
@Table(name = "evaluation_panel")
public class EvaluationPanel extends PanacheEntityBase {

    @Embeddable
    public record Member(@Column(name = "evaluator_subject") String evaluatorSubject, @Column(name = "added_at") Instant addedAt,
            @Column(name = "added_by") String addedBy) {
    }

    @Embeddable
    public record Assignment(@Column(name = "application_id") UUID applicationId, @Column(name = "evaluator_subject") String evaluatorSubject) {
    }

    @Id
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "min_evaluations")
    public int minEvaluations;
    @Column(name = "disagreement_threshold")
    public BigDecimal disagreementThreshold;
    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_mode")
    public AssignmentMode mode;
    @ElementCollection
    @CollectionTable(name = "panel_member", joinColumns = @JoinColumn(name = "call_id"))
    public Set<Member> members = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "panel_assignment", joinColumns = @JoinColumn(name = "call_id"))
    public Set<Assignment> assignments = new HashSet<>();
    /** Counted by the service, which checks it under a lock of the call (a call without a panel is at 0). */
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** Who evaluates what, members in the order they joined (then by subject). */
    public Assignments assignments() {
        List<String> subjects = members.stream()
                .sorted((a, b) -> a.addedAt().equals(b.addedAt()) ? a.evaluatorSubject().compareTo(b.evaluatorSubject()) : a.addedAt().compareTo(b.addedAt()))
                .map(Member::evaluatorSubject).toList();
        Map<String, Set<UUID>> chosen = new HashMap<>();
        assignments.forEach(a -> chosen.computeIfAbsent(a.evaluatorSubject(), k -> new HashSet<>()).add(a.applicationId()));
        return new Assignments(mode, new ArrayList<>(subjects), chosen);
    }
}
