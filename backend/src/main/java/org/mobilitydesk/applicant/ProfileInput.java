package org.mobilitydesk.applicant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.call.StaffCategory;

@Schema(name = "ProfileInput", description = "What the applicant completes. Everything but the name may stay empty while drafting; an application "
        + "says later which fields its call needs. The e-mail is always the login's and is not part of the input.")
public record ProfileInput(
        @Schema(required = true, maxLength = 200, description = "As in the passport", examples = "Aizada") @NotBlank @Size(max = 200) String givenName,
        @Schema(required = true, maxLength = 200, examples = "Toktogulova") @NotBlank @Size(max = 200) String familyName,
        @Schema(description = "Between 15 and 100 years ago", examples = "2004-03-15") LocalDate dateOfBirth,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "KG") String citizenship,
        @Schema(maxLength = 30, description = "International form", examples = "+996 555 123 456") @Size(max = 30) String phone,
        @Schema(maxLength = 300, examples = "General Medicine") @Size(max = 300) String studyProgramme,
        @Schema(description = "EQF level of the current studies: 5 short cycle, 6 bachelor, 7 master, 8 doctoral", examples = "7") Integer studyCycle,
        @Schema(description = "1 to 8", examples = "3") Integer yearOfStudy,
        @Schema(description = "Grade point average on the scale below", examples = "4.3") @Digits(integer = 4, fraction = 2, message = "must have at most two decimals") BigDecimal gradeAverage,
        @Schema(description = "The best grade of the scale, e.g. 5, 4.0 or 100", examples = "5") @Digits(integer = 4, fraction = 2, message = "must have at most two decimals") BigDecimal gradeScale,
        @Schema(maxItems = 10) @Size(max = 10) List<@NotNull @Valid LanguageLevel> languages,
        @Schema(maxLength = 200, description = "Staff: department or chair", examples = "Department of Surgery") @Size(max = 200) String department,
        @Schema(maxLength = 200, description = "Staff: position", examples = "Associate professor") @Size(max = 200) String position,
        @Schema(description = "Staff: the category staff calls are open to") StaffCategory staffCategory,
        @Schema(description = "The applicant declares having fewer opportunities (Erasmus+ inclusion: disability, health, economic, social or "
                + "geographical obstacles); a call may give it a bonus or use it to break ties. Only true or false is kept, never a reason; false when absent")
        Boolean fewerOpportunities,
        @Schema(description = "The version loaded; required once the profile has been saved", examples = "2") Integer version) {
}
