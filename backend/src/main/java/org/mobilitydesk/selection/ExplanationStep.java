package org.mobilitydesk.selection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of an explanation as data: a code and its arguments, in the order the code declares them. Values are
 * integers, totals (BigDecimal, two decimals), partner ids (UUID), criterion keys and lists of them.
 */
public record ExplanationStep(StepCode code, Map<String, Object> args) {

    public ExplanationStep {
        if (!List.copyOf(args.keySet()).equals(code.arguments())) {
            throw new IllegalArgumentException(code + " takes " + code.arguments() + ", given " + args.keySet());
        }
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** A step from its argument values in the order of {@link StepCode#arguments()}. */
    public static ExplanationStep of(StepCode code, Object... values) {
        if (values.length != code.arguments().size()) {
            throw new IllegalArgumentException(code + " takes " + code.arguments());
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            args.put(code.arguments().get(i), values[i] instanceof List<?> list ? List.copyOf(list) : values[i]);
        }
        return new ExplanationStep(code, args);
    }
}
