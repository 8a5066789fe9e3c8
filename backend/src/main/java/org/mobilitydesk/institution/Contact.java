package org.mobilitydesk.institution;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact", description = "A person to contact at the institution (personal data: shown to coordinators and admins only)")
public record Contact(
        @Schema(required = true, maxLength = 200, examples = "Kadri Tamm") @NotBlank @Size(max = 200) String name,
        @Schema(maxLength = 100, examples = "Erasmus+ ICM coordinator") @Size(max = 100) String role,
        @Schema(maxLength = 254, examples = "exchange@ut.ee") @Email @Size(max = 254) String email,
        @Schema(maxLength = 50, examples = "+372 737 5100") @Size(max = 50) @Pattern(regexp = "^[0-9+()./ -]*$", message = "may contain only digits, spaces and + ( ) . / -") String phone) {
}
