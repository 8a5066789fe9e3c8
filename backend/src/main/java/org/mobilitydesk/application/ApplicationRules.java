package org.mobilitydesk.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mobilitydesk.call.ApplicantCall;
import org.mobilitydesk.call.CallParts.RequiredDocument;
import org.mobilitydesk.call.DocumentType;
import org.mobilitydesk.common.FieldError;

/** What a draft may hold whatever else is missing: preferences among the call's partners, a period within the type's limits. */
public final class ApplicationRules {

    public static final int MAX_MOTIVATION = 10_000;

    private ApplicationRules() {
    }

    public static List<FieldError> saveViolations(ApplicantCall call, List<UUID> preferences, LocalDate start, LocalDate end) {
        List<FieldError> errors = new ArrayList<>(preferenceViolations(call, preferences));
        errors.addAll(PeriodRules.violations(call.mobilityType(), start, end));
        return errors;
    }

    /** Each preference at preferences[i]: a partner of the call, listed once, within the call's maxPreferences. */
    public static List<FieldError> preferenceViolations(ApplicantCall call, List<UUID> preferences) {
        Set<UUID> partners = call.places().stream().map(p -> p.partner().id()).collect(Collectors.toSet());
        Set<UUID> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < preferences.size(); i++) {
            UUID partner = preferences.get(i);
            String field = "preferences[" + i + "]";
            if (i >= call.maxPreferences()) {
                errors.add(ApplicationRefusals.PREFERENCES_TOO_MANY.at(field, "is one more than the call allows: rank at most "
                        + call.maxPreferences() + " partners", call.maxPreferences()));
            } else if (!partners.contains(partner)) {
                errors.add(ApplicationRefusals.PREFERENCE_NOT_IN_CALL.at(field, "is not a partner of this call"));
            } else if (!seen.add(partner)) {
                errors.add(ApplicationRefusals.PREFERENCE_TWICE.at(field, "is listed twice"));
            }
        }
        return errors;
    }

    /** The call's requirement for an upload: the type, and for OTHER the English label. */
    public static Optional<RequiredDocument> requirement(ApplicantCall call, DocumentType type, String otherLabel) {
        String label = type == DocumentType.OTHER ? (otherLabel == null ? "" : otherLabel.strip()) : "";
        return call.documents().stream().filter(d -> d.type() == type && otherLabel(d).equals(label)).findFirst();
    }

    /** How a requirement is told apart from the call's others: the English label for OTHER, empty otherwise. */
    public static String otherLabel(RequiredDocument document) {
        if (document.type() != DocumentType.OTHER || document.label() == null) {
            return "";
        }
        return document.label().getOrDefault("en", "").strip();
    }

    /** The field name of a requirement in checklists and refusals: documents.TYPE, or documents.OTHER[label]. */
    public static String documentField(DocumentType type, String otherLabel) {
        return "documents." + type + (type == DocumentType.OTHER ? "[" + otherLabel + "]" : "");
    }
}
