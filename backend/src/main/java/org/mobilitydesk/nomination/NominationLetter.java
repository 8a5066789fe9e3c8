package org.mobilitydesk.nomination;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mobilitydesk.application.StoredFile;
import org.mobilitydesk.nomination.NominationViews.LetterView;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The partner's letter on a nomination (table nomination_letter); read only when asked for. */
@Entity
@Table(name = "nomination_letter")
public class NominationLetter extends PanacheEntityBase {

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    @Column(columnDefinition = "bpchar")
    public String sha256;
    public byte[] content;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    @Column(name = "uploaded_by")
    public String uploadedBy;

    /** What the views tell of the letter, without its bytes. */
    static Optional<LetterView> meta(UUID nominationId) {
        return getEntityManager().createQuery("select new org.mobilitydesk.nomination.NominationViews$LetterView(l.fileName, l.contentType, "
                + "l.sizeBytes, l.sha256, l.uploadedAt) from NominationLetter l where l.nominationId = :id", LetterView.class)
                .setParameter("id", nominationId).getResultStream().findFirst();
    }

    StoredFile file() {
        return new StoredFile(fileName, contentType, content);
    }
}
