package org.mobilitydesk.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mobilitydesk.call.DocumentType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A file uploaded for one of the call's required documents (table application_document). The content is loaded only
 * when read: lists and checklists use the other columns.
 */
@Entity
@Table(name = "application_document")
public class ApplicationDocument extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "application_id")
    public UUID applicationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    public DocumentType documentType;
    /** The English label of the call's requirement for type OTHER; empty otherwise. */
    @Column(name = "other_label")
    public String otherLabel = "";
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    @Column(columnDefinition = "bpchar")
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
