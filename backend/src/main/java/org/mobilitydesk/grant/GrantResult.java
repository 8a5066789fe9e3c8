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

    /** The sum of the participant's lines that could be computed: the total when every line could, less otherwise. */
    public BigDecimal participantSubtotal() {
        return subtotal(GrantLine.Recipient.PARTICIPANT);
    }

    public BigDecimal institutionSubtotal() {
        return subtotal(GrantLine.Recipient.INSTITUTION);
    }

    /** The unknown values the lines needed, each once, in the order of the lines: what the office still has to set. */
    public List<RateKey> missingRates() {
        return lines.stream().flatMap(l -> l.basis().stream()).filter(v -> !v.known()).map(RateValue::key).distinct().toList();
    }

    private Optional<BigDecimal> total(GrantLine.Recipient recipient) {
        boolean complete = lines.stream().filter(l -> l.kind().recipient() == recipient).allMatch(GrantLine::computed);
        return complete ? Optional.of(subtotal(recipient)) : Optional.empty();
    }

    private BigDecimal subtotal(GrantLine.Recipient recipient) {
        return lines.stream().filter(l -> l.kind().recipient() == recipient && l.computed()).map(GrantLine::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
