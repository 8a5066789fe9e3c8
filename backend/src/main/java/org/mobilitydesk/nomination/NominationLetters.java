package org.mobilitydesk.nomination;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mobilitydesk.application.StoredFile;
import org.mobilitydesk.application.Uploads;
import org.mobilitydesk.call.DocumentFormat;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.nomination.NominationViews.NominationView;

/**
 * The partner's letter on a decided nomination: attached by the partner's system or, for a decision sent by letter
 * or e-mail, by a coordinator; a new one replaces the old, and the trail keeps who attached which.
 */
@ApplicationScoped
public class NominationLetters {

    /** A scan or a PDF, as the applicants' documents are, up to 5 MB. */
    private static final Uploads.Limits LIMITS = new Uploads.Limits(5L * 1024 * 1024,
            List.of(DocumentFormat.PDF, DocumentFormat.JPEG, DocumentFormat.PNG), "Mobility Desk", "for a partner's letter");

    @Inject
    NominationService nominations;

    /** Attaches the letter; {@code partnerId} when the partner itself sends it (another's nomination is unknown to it). */
    @Transactional
    public NominationView attach(UUID id, UUID partnerId, LetterUploadForm form, String actor) {
        if (form == null || form.file == null) {
            throw ProblemException.badRequest("file", "is required: send the letter as the multipart part named file");
        }
        Nomination n = NominationService.locked(id, partnerId, null);
        if (n.status != NominationStatus.ACCEPTED && n.status != NominationStatus.REJECTED) {
            throw ProblemException.stateConflict("nomination-state", "Not allowed in this state", n.status.name(),
                    NominationRefusals.LETTER_BEFORE_DECISION.at("status", "A letter comes with the partner's decision: this nomination is "
                            + n.status.name().toLowerCase()));
        }
        Uploads.Checked checked = Uploads.check(form.file.uploadedFile(), form.file.fileName(), LIMITS, "letter");
        NominationLetter letter = NominationLetter.<NominationLetter>findByIdOptional(id).orElseGet(() -> {
            NominationLetter created = new NominationLetter();
            created.nominationId = id;
            return created;
        });
        letter.fileName = checked.fileName();
        letter.contentType = checked.contentType();
        letter.sizeBytes = checked.content().length;
        letter.sha256 = checked.sha256();
        letter.content = checked.content();
        letter.uploadedAt = nominations.now();
        letter.uploadedBy = actor;
        letter.persist();
        NominationEvent.record(n, n.status, NominationEvent.Kind.LETTER_ATTACHED, actor,
                Map.of("fileName", letter.fileName, "sha256", letter.sha256, "byPartner", partnerId != null), letter.uploadedAt);
        NominationLetter.flush();
        NominationView view = nominations.view(n, true);
        return partnerId == null ? view : view.forPartner();
    }

    @Transactional
    public StoredFile download(UUID id, UUID partnerId) {
        NominationService.find(id, partnerId);
        return NominationLetter.<NominationLetter>findByIdOptional(id).map(NominationLetter::file)
                .orElseThrow(() -> ProblemException.notFound("Letter of nomination " + id));
    }
}
