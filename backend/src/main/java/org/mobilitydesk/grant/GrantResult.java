package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A calculated grant: the lines, the warnings, and what they were computed from (call year, rate-table version, flow,
 * duration, distance). {@code distanceKm} is the computed great-circle distance; when {@code distanceOverride} is set,
 * travel support used the override instead.
 */
public record GrantResult(int callYear, int rateTableVersion, MobilityType mobilityType, Flow flow,
        MobilityDuration duration, int travelDays, BigDecimal distanceKm, DistanceOverride distanceOverride,
        List<GrantLine> lines, List<Explanation> warnings) {

    public GrantResult {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /** What the participant receives; empty when one of the participant's lines could not be computed. */
    public Optional<BigDecimal> participantTotal() {
        return total(GrantLine.Recipient.PARTICIPANT);
    }

    /** What the institution receives for organising the mobility; empty when one of its lines could not be computed. */
    public Optional<BigDecimal> institutionTotal() {
        return total(GrantLine.Recipient.INSTITUTION);
    }

    private Optional<BigDecimal> total(GrantLine.Recipient recipient) {
        List<GrantLine> own = lines.stream().filter(l -> l.kind().recipient() == recipient).toList();
        if (!own.stream().allMatch(GrantLine::computed)) {
            return Optional.empty();
        }
        return Optional.of(own.stream().map(GrantLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }
}
