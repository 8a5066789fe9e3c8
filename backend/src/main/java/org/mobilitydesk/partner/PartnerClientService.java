package org.mobilitydesk.partner;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mobilitydesk.common.PageParams;
import org.mobilitydesk.common.ProblemException;
import org.mobilitydesk.institution.InstitutionService;
import org.mobilitydesk.institution.InstitutionView;

import io.quarkus.panache.common.Sort;

/** The administrators' mapping of OAuth clients to the partner institutions they act for. */
@ApplicationScoped
public class PartnerClientService {

    /** A mapping as stored, and whether this call created it. */
    public record Mapped(PartnerClientView client, boolean created) {
    }

    @Inject
    InstitutionService institutions;
    @Inject
    Clock clock;

    @Transactional
    public PartnerClientPage list(PageParams paging) {
        List<PartnerClientView> items = PartnerClient.<PartnerClient>findAll(Sort.by("clientId"))
                .range(paging.offset(), paging.offset() + paging.size - 1).list().stream().map(this::view).toList();
        return new PartnerClientPage(items, paging.page, paging.size, PartnerClient.count());
    }

    /** Maps the client to the institution, replacing an earlier mapping; concurrent calls for one client cannot collide. */
    @Transactional
    public Mapped map(String clientId, UUID institutionId, String user) {
        if (institutions.findPartner(institutionId).isEmpty()) {
            throw ProblemException.unprocessable("institutionId", "is not a partner institution");
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        boolean created = (Boolean) PartnerClient.getEntityManager().createNativeQuery("""
                INSERT INTO partner_client (client_id, institution_id, created_at, created_by, updated_at, updated_by)
                VALUES (:client, :institution, :now, :user, :now, :user)
                ON CONFLICT (client_id) DO UPDATE
                    SET institution_id = excluded.institution_id, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                RETURNING xmax = 0""")
                .setParameter("client", clientId).setParameter("institution", institutionId)
                .setParameter("now", now).setParameter("user", user).getSingleResult();
        return new Mapped(view(PartnerClient.findById(clientId)), created);
    }

    @Transactional
    public void unmap(String clientId) {
        if (!PartnerClient.deleteById(clientId)) {
            throw ProblemException.notFound("Partner client " + clientId);
        }
    }

    /** The institution the client acts for, if an administrator mapped it. */
    @Transactional
    public Optional<UUID> institutionOf(String clientId) {
        return PartnerClient.<PartnerClient>findByIdOptional(clientId).map(c -> c.institutionId);
    }

    private PartnerClientView view(PartnerClient client) {
        String name = institutions.findPartner(client.institutionId).map(InstitutionView::name).orElseThrow();
        return new PartnerClientView(client.clientId, client.institutionId, name, client.createdAt, client.createdBy,
                client.updatedAt, client.updatedBy);
    }
}
