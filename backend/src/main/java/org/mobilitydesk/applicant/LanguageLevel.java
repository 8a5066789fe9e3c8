package org.mobilitydesk.applicant;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LanguageLevel", description = "A language the applicant knows, at a self-assessed CEFR level")
public record LanguageLevel(
        @Schema(required = true, description = "ISO 639-1 code", examples = "en") @NotBlank String language,
        @Schema(required = true, examples = "B2") @NotBlank String cefrLevel) {
}
