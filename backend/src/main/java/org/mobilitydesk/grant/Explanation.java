package org.mobilitydesk.grant;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A message with its arguments, for lines, warnings and refusals: the SPA translates {@link #key()} with
 * {@link #args()}; {@link #english()} is the same message in English. Every placeholder of the template must have an
 * argument and every argument a placeholder. Arguments are numbers, strings, dates, enum constants, rate keys and
 * lists of them; the code of an enum constant or rate key, for the SPA, is its {@code toString()}.
 */
public record Explanation(GrantText text, Map<String, Object> args) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    public Explanation {
        Set<String> placeholders = PLACEHOLDER.matcher(text.template()).results().map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!placeholders.equals(new TreeSet<>(args.keySet()))) {
            throw new IllegalArgumentException(text.key() + " needs " + placeholders + ", given " + args.keySet());
        }
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** An explanation from alternating argument names and values: {@code of(text, "days", 150, "months", 5)}. */
    public static Explanation of(GrantText text, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Explanation(text, args);
    }

    public String key() {
        return text.key();
    }

    public String english() {
        Matcher m = PLACEHOLDER.matcher(text.template());
        return m.replaceAll(r -> Matcher.quoteReplacement(english(args.get(r.group(1)))));
    }

    private static String english(Object value) {
        if (value instanceof Described d) {
            return d.english();
        }
        if (value instanceof BigDecimal number) {
            return english(number);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(Explanation::english).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** Whole numbers without decimals (€850, 100 km), others with at least two (€4533.30, 70.035). */
    private static String english(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.toPlainString();
        }
        return stripped.scale() < 2 ? stripped.setScale(2).toPlainString() : stripped.toPlainString();
    }
}
