package org.mobilitydesk.institution;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstitutionInput", description = "A partner institution as the coordinator enters it")
public record InstitutionInput(
        @Schema(required = true, maxLength = 200, description = "Default name", examples = "University of Tartu") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Names in other languages, keyed by ISO 639-1 code", examples = "{\"et\": \"Tartu Ülikool\", \"ru\": \"Тартуский университет\"}") @Size(max = 20) Map<@Pattern(regexp = "^[a-z]{2}$", message = "must be an ISO 639-1 language code") String, @NotBlank @Size(max = 200) String> otherNames,
        @Schema(maxLength = 20, pattern = ErasmusCode.PATTERN, description = "Erasmus code; optional for non-EU partners", examples = "EE TARTU02") @Size(max = 20) @Pattern(regexp = ErasmusCode.PATTERN, message = "must look like EE TARTU02: country letters, space, city letters, two digits") String erasmusCode,
        @Schema(maxLength = 100, description = "SCHAC home organisation", examples = "ut.ee") @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9.-]*$", message = "must be a domain name such as ut.ee") String schacCode,
        @Schema(pattern = "^[0-9]{9}$", description = "Participant Identification Code", examples = "999874682") @Pattern(regexp = "^[0-9]{9}$", message = "must be 9 digits") String pic,
        @Schema(required = true, description = "ISO 3166-1 alpha-2 country code", examples = "EE") @NotBlank @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be a two-letter country code") String countryCode,
        @Schema(required = true, maxLength = 100, examples = "Tartu") @NotBlank @Size(max = 100) String city,
        @Schema(required = true, minimum = "-90", maximum = "90", examples = "58.3811") @NotNull @DecimalMin(value = "-90", message = "must be between -90 and 90") @DecimalMax(value = "90", message = "must be between -90 and 90") Double latitude,
        @Schema(required = true, minimum = "-180", maximum = "180", examples = "26.7198") @NotNull @DecimalMin(value = "-180", message = "must be between -180 and 180") @DecimalMax(value = "180", message = "must be between -180 and 180") Double longitude,
        @Schema(maxLength = 300, examples = "https://ut.ee") @Size(max = 300) @Pattern(regexp = "^https?://[^\\s]+$", message = "must start with http:// or https://") String website,
        @Schema(maxItems = 20) @Size(max = 20) List<@NotNull @Valid Contact> contacts,
        @Schema(maxLength = 4000, description = "Internal notes of the international office") @Size(max = 4000) String notes,
        @Schema(maxLength = 64, description = "IANA time zone; required for the home institution, ignored for partners", examples = "Asia/Bishkek") @Size(max = 64) String timeZone,
        @Schema(description = "The version you loaded; required when updating", examples = "3") Integer version) {
}
