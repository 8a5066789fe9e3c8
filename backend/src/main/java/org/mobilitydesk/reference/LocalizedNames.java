package org.mobilitydesk.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.common.InterfaceLanguage;

@Embeddable
@Schema(name = "LocalizedNames", description = "A name in the four interface languages")
public record LocalizedNames(
        @Schema(required = true, examples = "Kyrgyzstan") @Column(name = "name_en") String en,
        @Schema(required = true, examples = "Киргизия") @Column(name = "name_ru") String ru,
        @Schema(required = true, examples = "Кыргызстан") @Column(name = "name_ky") String ky,
        @Schema(required = true, examples = "Қырғызстан") @Column(name = "name_kk") String kk) {

    public String in(InterfaceLanguage language) {
        return switch (language) {
            case EN -> en;
            case RU -> ru;
            case KY -> ky;
            case KK -> kk;
        };
    }
}
