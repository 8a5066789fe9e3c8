package org.mobilitydesk.grant;

import org.junit.jupiter.api.Test;

/**
 * Calculations per second in-process, for `make bench` (not a test: surefire only runs classes named *Test unless
 * asked by name, and nothing here is asserted). The two worked examples of DOMAIN-KA171 §9, alternately.
 */
class GrantCalculatorBenchmark {

    private static final int ROUNDS = 5;
    private static final long ROUND_NANOS = 1_000_000_000L;

    @Test
    void calculationsPerSecond() {
        GrantCalculator calculator = new GrantCalculator(RateTableFixtures.ALL);
        GrantRequest[] requests = { Grants.kokshetauToTartu().build(), Grants.grazToBishkek().build() };
        long sink = 0;
        for (int i = 0; i < 200_000; i++) {
            sink += calculator.calculate(requests[i & 1]).lines().size();
        }
        StringBuilder report = new StringBuilder("in-process grant calculations per second:");
        for (int round = 0; round < ROUNDS; round++) {
            long count = 0;
            long start = System.nanoTime();
            while (System.nanoTime() - start < ROUND_NANOS) {
                sink += calculator.calculate(requests[(int) (count & 1)]).lines().size();
                count++;
            }
            report.append(' ').append(count * 1_000_000_000L / (System.nanoTime() - start));
        }
        System.out.println(report + " (sink " + sink + ")");
    }
}
