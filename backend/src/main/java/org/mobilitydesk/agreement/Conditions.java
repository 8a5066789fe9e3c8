package org.mobilitydesk.agreement;

import java.util.List;
import java.util.Objects;

/** The cooperation conditions of an agreement: the academic years it covers and its flows. Partners approve exactly these. */
public record Conditions(String firstAcademicYear, String lastAcademicYear, List<Flow> flows) {

    public Conditions {
        flows = List.copyOf(Objects.requireNonNullElse(flows, List.of()));
    }
}
