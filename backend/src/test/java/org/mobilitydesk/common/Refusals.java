package org.mobilitydesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test support: the refusals the code declares, and table rows that check a rule refuses with its code. */
public final class Refusals {

    private Refusals() {
    }

    /** One row of a rule table: the rule, run on a broken input, refuses at field with that refusal. */
    public record Case(String name, Supplier<List<FieldError>> rule, String field, Refusal refusal) {

        @Override
        public String toString() {
            return name;
        }

        /** The rule refuses at the field with the refusal's code and exactly its arguments; every refusal it gives has a code. */
        public void check() {
            List<FieldError> errors = rule.get();
            assertThat(errors).as(name).allSatisfy(e -> assertThat(e.code()).as(e.field() + " " + e.message()).isNotBlank());
            assertThat(errors).as(name).anySatisfy(e -> {
                assertThat(e.field()).isEqualTo(field);
                assertThat(e.code()).isEqualTo(refusal.code());
                assertThat(e.args().keySet()).containsExactlyElementsOf(refusal.argNames());
                assertThat(e.args().values()).doesNotContainNull();
            });
        }
    }

    public static Case refused(String name, Supplier<List<FieldError>> rule, String field, Refusal refusal) {
        return new Case(name, rule, field, refusal);
    }

    /** The public static Refusal constants of a holder class. */
    public static Set<Refusal> declaredIn(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(f -> f.getType() == Refusal.class && Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()))
                .map(Refusals::value).collect(Collectors.toSet());
    }

    /** The codes a table's rows refuse with. */
    public static Set<Refusal> covered(Stream<Case> cases) {
        return cases.map(Case::refusal).collect(Collectors.toSet());
    }

    /** Every class of the application that declares refusals. */
    public static List<Class<?>> holders() {
        try {
            Path classes = Path.of(Refusal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                return files.filter(p -> p.toString().endsWith("Refusals.class"))
                        .map(p -> classes.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", ""))
                        .map(Refusals::load).filter(Objects::nonNull).filter(c -> !declaredIn(c).isEmpty()).sorted((a, b) -> a.getName().compareTo(b.getName()))
                        .collect(Collectors.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Refusal value(Field field) {
        try {
            return (Refusal) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
