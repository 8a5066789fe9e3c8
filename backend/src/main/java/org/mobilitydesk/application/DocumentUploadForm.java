package org.mobilitydesk.application;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart/form-data body of an upload; the file is streamed to a temporary file, not held in memory. */
@Schema(name = "MyApplicationDocumentUpload", description = "A file for one of the call's required documents")
public class DocumentUploadForm {

    @RestForm("file")
    @PartType(MediaType.APPLICATION_OCTET_STREAM)
    @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "PDF, JPEG or PNG as the requirement accepts, recognised from the content")
    public FileUpload file;

    @RestForm("type")
    @PartType(MediaType.TEXT_PLAIN)
    @Schema(required = true, description = "The requirement's document type (CallRequiredDocument.type)", examples = "TRANSCRIPT_OF_RECORDS")
    public String type;

    @RestForm("otherLabel")
    @PartType(MediaType.TEXT_PLAIN)
    @Schema(description = "For OTHER: the English label of the call's requirement", examples = "Medical certificate")
    public String otherLabel;
}
