package org.mobilitydesk.grant;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Property checks over many generated inputs, reproducible: every run draws the same samples from a fixed seed, and a
 * failure names the sample that broke the property.
 */
final class Samples {

    static final int TRIES = 1000;
    private static final long SEED = 20261124L;

    private Samples() {
    }

    static void forAll(Consumer<Random> property) {
        Random random = new Random(SEED);
        for (int sample = 0; sample < TRIES; sample++) {
            try {
                property.accept(random);
            } catch (AssertionError e) {
                throw new AssertionError("property failed on sample " + sample + " (seed " + SEED + "): " + e.getMessage(), e);
            }
        }
    }

    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    static double between(Random random, double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    static <T> T oneOf(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
