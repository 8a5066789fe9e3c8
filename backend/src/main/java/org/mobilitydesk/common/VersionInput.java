package org.mobilitydesk.common;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VersionInput", description = "The version of the record the action applies to")
public record VersionInput(@Schema(required = true, examples = "3") @NotNull Integer version) {
}
