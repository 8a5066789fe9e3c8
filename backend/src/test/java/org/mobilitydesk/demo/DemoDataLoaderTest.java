package org.mobilitydesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class DemoDataLoaderTest {

    @Test
    void loadsEveryDemoScriptInNameOrder() throws IOException {
        assertThat(DemoDataLoader.scripts()).startsWith("db/demo/010-institutions.sql").contains("db/demo/030-partner-clients.sql", "db/demo/060-selection.sql")
                .isSorted().allMatch(script -> script.startsWith("db/demo/") && script.endsWith(".sql"));
    }
}
