package org.mobilitydesk.institution;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Institution", description = "A partner institution. Contacts and notes are present only for coordinators and admins.")
public record InstitutionView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "University of Tartu") String name,
        @Schema(required = true, description = "Names in other languages, keyed by ISO 639-1 code") Map<String, String> otherNames,
        @Schema(examples = "EE TARTU02") String erasmusCode,
        @Schema(examples = "ut.ee") String schacCode,
        @Schema(examples = "999874682") String pic,
        @Schema(required = true, examples = "EE") String countryCode,
        @Schema(required = true, examples = "Estonia") String countryName,
        @Schema(required = true, examples = "Tartu") String city,
        @Schema(required = true, examples = "58.3811") double latitude,
        @Schema(required = true, examples = "26.7198") double longitude,
        @Schema(examples = "https://ut.ee") String website,
        @Schema(required = true) InstitutionStatus status,
        @Schema(description = "Coordinators and admins only") List<Contact> contacts,
        @Schema(description = "Coordinators and admins only") String notes,
        @Schema(description = "Home institution only: IANA time zone in which deadlines are entered and shown", examples = "Asia/Bishkek") String timeZone,
        @Schema(required = true, examples = "0") int version,
        @Schema(required = true) Instant updatedAt) {
}
