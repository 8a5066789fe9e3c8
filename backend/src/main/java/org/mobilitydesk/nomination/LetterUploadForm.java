package org.mobilitydesk.nomination;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart/form-data body of a partner's letter; the file is streamed to a temporary file, not held in memory. */
@Schema(name = "NominationLetterUpload", description = "The partner's letter on its decision")
public class LetterUploadForm {

    @RestForm("file")
    @PartType(MediaType.APPLICATION_OCTET_STREAM)
    @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "PDF, JPEG or PNG, at most 5 MB, recognised from the content")
    public FileUpload file;
}
