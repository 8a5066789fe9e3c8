package org.mobilitydesk.agreement.pdf;

import java.time.Instant;
import java.util.List;

/**
 * What a printed inter-institutional agreement shows, already in words: the two partners, the years, the version and
 * its status ("Version 2 · In force until 31 August 2028"), the amendment in progress if any, the flows, the language
 * requirements and the content hash both sides approve.
 */
public record AgreementDocument(Party home, Party partner, String firstAcademicYear, String lastAcademicYear, String standing,
        String amendment, String contentHash, List<FlowRow> flows, List<String> projectReferences, Instant generatedAt) {

    /** signedOn is already worded ("2 May 2024"). */
    public record Party(String name, String erasmusCode, String city, String country, String localAgreementId,
            String signerName, String signerEmail, String signedOn) {
    }

    /** One flow; duration is already worded ("10 months per year", "10 days per year"), lists joined. */
    public record FlowRow(String mobilityType, String sending, String receiving, String academicYears, int mobilitiesPerYear,
            String duration, String subjectAreas, String eqfLevels, String blended, List<LanguageRow> languages, String otherTerms) {
    }

    public record LanguageRow(String language, String level, String subjectArea) {
    }
}
