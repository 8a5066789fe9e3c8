package org.mobilitydesk.common;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A kind of rule refusal: the stable code the SPA translates (its message table in the locale files is keyed by it)
 * and the names of its arguments. The English message of each refusal stays for API clients. Every refusal is a
 * constant of a {@code *Refusals} class; the list of codes the SPA checks its translations against is generated from
 * them ({@code make openapi}).
 */
public record Refusal(String code, List<String> argNames) {

    public static Refusal of(String code, String... argNames) {
        return new Refusal(code, List.of(argNames));
    }

    /**
     * The refusal of a field with its arguments in the order of {@link #argNames}: dates and instants as ISO strings,
     * enums by name, numbers plain, collections comma-separated.
     */
    public FieldError at(String field, String message, Object... args) {
        if (args.length != argNames.size()) {
            throw new IllegalArgumentException(code + " takes the arguments " + argNames);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            values.put(argNames.get(i), text(args[i]));
        }
        return new FieldError(field, message, code, values);
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(Refusal::text).collect(Collectors.joining(","));
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
