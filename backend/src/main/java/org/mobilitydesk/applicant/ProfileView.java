package org.mobilitydesk.applicant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mobilitydesk.call.StaffCategory;

@Schema(name = "Profile", description = "The signed-in applicant's profile; before the first save, prefilled from the login")
public record ProfileView(
        @Schema(required = true, description = "false until the applicant saves it the first time (applying to a call before that keeps it false)") boolean saved,
        @Schema(required = true, examples = "applicant") String username,
        @Schema(description = "The login's e-mail, where receipts are sent", examples = "applicant@demo.mobility-desk.example") String email,
        @Schema(required = true) String givenName,
        @Schema(required = true) String familyName,
        LocalDate dateOfBirth,
        String citizenship,
        String phone,
        String studyProgramme,
        Integer studyCycle,
        Integer yearOfStudy,
        BigDecimal gradeAverage,
        BigDecimal gradeScale,
        @Schema(required = true) List<LanguageLevel> languages,
        String department,
        String position,
        StaffCategory staffCategory,
        @Schema(required = true, description = "The applicant declared having fewer opportunities") boolean fewerOpportunities,
        @Schema(description = "Absent until saved") Integer version,
        Instant updatedAt) {
}
