package org.mobilitydesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The SPA translates refusals by their codes: the committed list of codes and their arguments, which the SPA's test
 * checks its four message tables against, must equal the refusals the code declares. `make openapi` rewrites it.
 */
class RefusalCodesTest {

    static final Path LIST = Path.of("..", "frontend", "src", "i18n", "refusalCodes.json");

    @Test
    void theCommittedListHoldsEveryRefusalTheCodeDeclares() throws IOException {
        Map<String, List<String>> declared = new TreeMap<>();
        for (Class<?> holder : Refusals.holders()) {
            String feature = holder.getSimpleName().replace("Refusals", "").toLowerCase();
            for (Refusal refusal : Refusals.declaredIn(holder)) {
                assertThat(refusal.code()).as(holder.getSimpleName()).matches("[a-z]+(\\.[a-z][A-Za-z]*)+");
                assertThat(declared.put(refusal.code(), refusal.argNames())).as("code used twice: " + refusal.code()).isNull();
                assertThat(refusal.code()).as(holder.getSimpleName()).startsWith(feature + ".");
            }
        }
        assertThat(declared).as("refusal holders found").containsKeys("call.places.noAgreementInForce", "common.required");
        String generated = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(declared) + "\n";
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(LIST, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(LIST) ? Files.readString(LIST, StandardCharsets.UTF_8) : "";
        assertThat(committed).as(LIST + " differs from the refusals of the code: run `make openapi` and commit the result")
                .isEqualTo(generated);
    }
}
