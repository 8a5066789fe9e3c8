package org.mobilitydesk.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LocalizedNames", description = "A name in the four interface languages")
public record LocalizedNames(
        @Schema(required = true, examples = "Kyrgyzstan") String en,
        @Schema(required = true, examples = "Киргизия") String ru,
        @Schema(required = true, examples = "Кыргызстан") String ky,
        @Schema(required = true, examples = "Қырғызстан") String kk) {
}
